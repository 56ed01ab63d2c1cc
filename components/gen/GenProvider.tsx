'use client';
/**
 * Owns the generation worker for the whole app; `useGeneratedTexts` is the UI's only door to it.
 * The worker is created on the first request, once; a request aborted by its caller (react-query
 * cancels a query nobody watches any more) is cancelled in the worker too.
 */
import { createContext, useCallback, useContext, useMemo, useRef, type ReactNode } from 'react';
import { useLazyWorker } from '@/components/hooks/useLazyWorker';
import type { GenJob, GenProgress, GenResult } from '@/lib/gen/run';
import { CANCELLED_MESSAGE, type GenRequest, type GenResponse } from '@/workers/gen/protocol';

export interface Gen {
  generate(job: GenJob, options: { signal?: AbortSignal; onProgress?: (progress: GenProgress) => void }): Promise<GenResult>;
}

interface Pending {
  resolve: (result: GenResult) => void;
  reject: (error: Error) => void;
  onProgress?: (progress: GenProgress) => void;
}

const GenContext = createContext<Gen | null>(null);

export function GenProvider({ children }: { children: ReactNode }) {
  const pending = useRef(new Map<number, Pending>());
  const nextId = useRef(1);

  const handleMessage = useCallback((data: GenResponse) => {
    const request = pending.current.get(data.id);
    if (!request) return;
    if (data.status === 'progress') return request.onProgress?.(data.progress);
    pending.current.delete(data.id);
    if (data.status === 'error') request.reject(new Error(data.message));
    else request.resolve({ texts: data.texts, rejected: data.rejected, fallbackReason: data.fallbackReason, ms: data.ms });
  }, []);

  const worker = useLazyWorker<GenResponse>(
    () => new Worker(new URL('../../workers/gen/gen.worker.ts', import.meta.url), { type: 'module', name: 'gen' }),
    handleMessage,
    (reason) => {
      const error = new Error(`The text generation worker crashed: ${reason}. Reload the page to try again.`);
      for (const request of pending.current.values()) request.reject(error);
      pending.current.clear();
    },
  );

  const gen = useMemo<Gen>(
    () => ({
      generate: (job, { signal, onProgress }) =>
        new Promise<GenResult>((resolve, reject) => {
          if (signal?.aborted) return reject(new Error(CANCELLED_MESSAGE));
          const id = nextId.current++;
          pending.current.set(id, { resolve, reject, onProgress });
          worker.get().postMessage({ type: 'generate', id, ...job } satisfies GenRequest);
          signal?.addEventListener('abort', () => worker.peek()?.postMessage({ type: 'cancel', id } satisfies GenRequest), { once: true });
        }),
    }),
    [worker],
  );
  return <GenContext.Provider value={gen}>{children}</GenContext.Provider>;
}

export function useGen(): Gen {
  const gen = useContext(GenContext);
  if (!gen) throw new Error('useGen must be used inside <GenProvider>.');
  return gen;
}
