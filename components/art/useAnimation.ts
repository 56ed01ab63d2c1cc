'use client';
/** The animated cover, rendered on request with progress; cancelled on request, on new params and on unmount. */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CoverParams } from '@/lib/art/params';
import { ANIMATION_FRAMES } from '@/lib/art/types';
import type { AnimationResult, ArtBackend } from '@/workers/art/protocol';
import { useArt } from './useArt';

export type AnimationState =
  | { status: 'idle' }
  | { status: 'running'; done: number; total: number }
  | { status: 'ready'; result: AnimationResult }
  | { status: 'error'; message: string };

export function useAnimation(params: CoverParams, backend: ArtBackend | undefined) {
  const art = useArt();
  const [state, setState] = useState<AnimationState>({ status: 'idle' });
  const controller = useRef<AbortController | null>(null);
  const key = JSON.stringify([params, backend ?? 'auto']);

  const cancel = useCallback(() => controller.current?.abort(), []);
  // New params make the old animation stale.
  useEffect(() => {
    setState({ status: 'idle' });
    return () => controller.current?.abort();
  }, [key]);

  const start = () => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    setState({ status: 'running', done: 0, total: ANIMATION_FRAMES });
    art
      .renderAnimation(params, { backend, signal: current.signal, onProgress: (done, total) => setState({ status: 'running', done, total }) })
      .then(
        (result) => setState({ status: 'ready', result }),
        (error: unknown) => setState(current.signal.aborted ? { status: 'idle' } : { status: 'error', message: error instanceof Error ? error.message : String(error) }),
      );
  };
  return { state, start, cancel };
}
