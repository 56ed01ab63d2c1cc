'use client';
/**
 * Runs one art render whenever its inputs change, cancelling the previous one, and keeps its
 * state: loading, the result, or the error. `key` stands for everything the render reads; a
 * result belongs to its key, so new inputs read as loading from the very render that brings them.
 */
import { useEffect, useState } from 'react';

export type Rendered<T> = { status: 'loading' } | { status: 'ready'; result: T } | { status: 'error'; message: string };

export function useRendered<T>(key: string, render: (signal: AbortSignal) => Promise<T>): Rendered<T> {
  const [state, setState] = useState<{ key: string; rendered: Rendered<T> } | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    render(controller.signal).then(
      (result) => setState({ key, rendered: { status: 'ready', result } }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ key, rendered: { status: 'error', message: error instanceof Error ? error.message : String(error) } });
      },
    );
    return () => controller.abort();
    // `render` is a fresh closure every render; `key` stands for everything it reads.
  }, [key]);
  return state?.key === key ? state.rendered : { status: 'loading' };
}
