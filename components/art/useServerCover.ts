'use client';
/**
 * Cover art from the deployer's diffusion engine, when there is one (GET /api/cover): the user
 * starts it explicitly; the job is polled until it is done, with progress, and can be stopped.
 * Only the summary facts are sent; the server builds the prompt.
 */
import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CoverStyle } from '@/lib/art/types';
import type { WrappedFacts } from '@/lib/gen/facts';

const POLL_MS = 1500;

export type ServerCoverState =
  | { status: 'idle' }
  | { status: 'working'; progress: number | null }
  | { status: 'done'; imageUrl: string }
  | { status: 'error'; message: string };

async function errorMessage(response: Response): Promise<string> {
  const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  return body?.error?.message ?? `The server answered ${response.status}.`;
}

export function useServerCoverEngine(): { configured: boolean; backend?: string } | null {
  return (
    useQuery({
      queryKey: ['server-cover-engine'],
      queryFn: async () => {
        const response = await fetch('/api/cover');
        return response.ok ? ((await response.json()) as { configured: boolean; backend?: string }) : { configured: false };
      },
    }).data ?? null
  );
}

export function useServerCover(facts: WrappedFacts, style: CoverStyle, seed: number) {
  const [state, setState] = useState<ServerCoverState>({ status: 'idle' });
  const run = useRef<AbortController | null>(null);

  const stop = useCallback(() => {
    run.current?.abort();
    run.current = null;
    setState({ status: 'idle' });
  }, []);

  // Another cover (style, seed, facts) makes the server's picture stale.
  useEffect(() => stop, [facts, style, seed, stop]);

  const start = useCallback(async () => {
    run.current?.abort();
    const controller = new AbortController();
    run.current = controller;
    const { signal } = controller;
    setState({ status: 'working', progress: null });
    try {
      const submitted = await fetch('/api/cover', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ facts, style, seed, size: 1024 }),
        signal,
      });
      if (!submitted.ok) throw new Error(await errorMessage(submitted));
      const { id } = (await submitted.json()) as { id: string };
      for (;;) {
        const polled = await fetch(`/api/cover/${id}`, { signal });
        if (!polled.ok) throw new Error(await errorMessage(polled));
        const job = (await polled.json()) as { status: string; progress?: number; error?: string };
        if (job.status === 'done') return setState({ status: 'done', imageUrl: `/api/cover/${id}/image` });
        if (job.status === 'failed') throw new Error(job.error ?? 'The engine could not paint this cover.');
        setState({ status: 'working', progress: job.progress ?? null });
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        if (signal.aborted) return;
      }
    } catch (error) {
      if (!signal.aborted) setState({ status: 'error', message: (error as Error).message });
    }
  }, [facts, style, seed]);

  return { state, start, stop };
}
