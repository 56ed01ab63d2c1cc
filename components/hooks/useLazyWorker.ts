'use client';
/**
 * A provider's one worker: created on first use (pages that never need it start none), its
 * replies routed to the latest `onMessage`, and after a crash `onCrash` runs and the next call
 * starts a fresh one. Terminated when the provider unmounts. `create` must hold the literal
 * `new Worker(new URL(…, import.meta.url))` so the bundler splits the worker out.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';

export interface LazyWorker {
  /** The worker, started now if it is not running. */
  get: () => Worker;
  /** The worker if one is running; never starts one. */
  peek: () => Worker | null;
  terminate: () => void;
}

export function useLazyWorker<Response>(
  create: () => Worker,
  onMessage: (data: Response) => void,
  onCrash: (reason: string) => void,
): LazyWorker {
  const worker = useRef<Worker | null>(null);
  const latest = useRef({ create, onMessage, onCrash });
  latest.current = { create, onMessage, onCrash };

  const terminate = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
  }, []);

  const get = useCallback(() => {
    if (!worker.current) {
      const created = latest.current.create();
      created.onmessage = (event: MessageEvent<Response>) => latest.current.onMessage(event.data);
      created.onerror = (event) => {
        created.terminate();
        if (worker.current === created) worker.current = null;
        latest.current.onCrash(event.message || 'unknown error');
      };
      worker.current = created;
    }
    return worker.current;
  }, []);

  useEffect(() => terminate, [terminate]);
  return useMemo(() => ({ get, peek: () => worker.current, terminate }), [get, terminate]);
}
