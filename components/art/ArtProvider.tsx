'use client';
/**
 * Owns the art worker for the whole app: created on the first render request, never before.
 * `useArt()` (./useArt) is the UI's only door to it; every call returns a promise of the
 * worker's result, and aborting its signal cancels the job in the worker.
 */
import { createContext, useCallback, useMemo, useRef, type ReactNode } from 'react';
import { useLazyWorker } from '@/components/hooks/useLazyWorker';
import type { CoverParams } from '@/lib/art/params';
import type { ShareCardContent, ShareCardSize } from '@/lib/share/card-content';
import type { AnimationResult, ArtBackend, ArtRequest, ArtResponse, CardResult, CoverResult } from '@/workers/art/protocol';

export interface Art {
  renderCover(params: CoverParams, options?: { backend?: ArtBackend; signal?: AbortSignal }): Promise<CoverResult>;
  renderAnimation(params: CoverParams, options?: { backend?: ArtBackend; signal?: AbortSignal; onProgress?: (done: number, total: number) => void }): Promise<AnimationResult>;
  renderCard(content: ShareCardContent, size: ShareCardSize, options?: { background?: CoverParams; signal?: AbortSignal }): Promise<CardResult>;
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
  onProgress?: (done: number, total: number) => void;
}

type JobRequest = Exclude<ArtRequest, { type: 'cancel' }>;
type Distribute<T> = T extends unknown ? Omit<T, 'id'> : never;

export const ArtContext = createContext<Art | null>(null);

function abortError(): DOMException {
  return new DOMException('The render was cancelled.', 'AbortError');
}

export function ArtProvider({ children }: { children: ReactNode }) {
  const pending = useRef(new Map<number, Pending>());
  const nextId = useRef(1);

  const handleMessage = useCallback((data: ArtResponse) => {
    const request = pending.current.get(data.id);
    if (!request) return;
    if (data.status === 'progress') return request.onProgress?.(data.done, data.total);
    pending.current.delete(data.id);
    if (data.status === 'error') request.reject(new Error(data.message));
    else if (data.status === 'cancelled') request.reject(abortError());
    else {
      const { status: _status, id: _id, ...result } = data;
      request.resolve(result);
    }
  }, []);

  const worker = useLazyWorker<ArtResponse>(
    () => new Worker(new URL('../../workers/art/art.worker.ts', import.meta.url), { type: 'module', name: 'art' }),
    handleMessage,
    (reason) => {
      const error = new Error(`The art worker crashed: ${reason}.`);
      for (const request of pending.current.values()) request.reject(error);
      pending.current.clear();
    },
  );

  const ask = useCallback(
    <T,>(request: Distribute<JobRequest>, signal?: AbortSignal, onProgress?: Pending['onProgress']): Promise<T> =>
      new Promise<T>((resolve, reject) => {
        if (signal?.aborted) return reject(abortError());
        const id = nextId.current++;
        pending.current.set(id, { resolve: resolve as (value: unknown) => void, reject, onProgress });
        signal?.addEventListener(
          'abort',
          () => {
            if (!pending.current.delete(id)) return;
            worker.peek()?.postMessage({ type: 'cancel', id } satisfies ArtRequest);
            reject(abortError());
          },
          { once: true },
        );
        worker.get().postMessage({ ...request, id } as JobRequest);
      }),
    [worker],
  );

  const art = useMemo<Art>(
    () => ({
      renderCover: (params, options = {}) => ask<CoverResult>({ type: 'cover', params, backend: options.backend }, options.signal),
      renderAnimation: (params, options = {}) => ask<AnimationResult>({ type: 'animate', params, backend: options.backend }, options.signal, options.onProgress),
      renderCard: (content, size, options = {}) => ask<CardResult>({ type: 'card', content, size, background: options.background }, options.signal),
    }),
    [ask],
  );
  return <ArtContext.Provider value={art}>{children}</ArtContext.Provider>;
}
