'use client';
/**
 * Keeping the model files offline: once the service worker is active it is asked to download
 * them (unless the browser asks to save data: then the user starts it), and polled for progress
 * until they are all stored. Polling rather than a push channel: if the browser stops the idle
 * worker mid-download, the next poll finds no download running and starts it again, and the
 * worker carries on where it stopped (finished files are kept).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ModelsStatus } from '@/workers/sw/protocol';
import { askModelsStatus, postToServiceWorker } from './serviceWorker';

const POLL_WHILE_CACHING_MS = 1_000;
const POLL_OTHERWISE_MS = 5_000;

export interface OfflineModels {
  /** null until the service worker has answered (or when there is none). */
  status: ModelsStatus | null;
  /** Whether the download waits for the user (Save-Data, or it stopped with an error). */
  needsConsent: boolean;
  download: () => void;
}

function prefersSavingData(): boolean {
  return (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true;
}

export function useOfflineModels(enabled: boolean): OfflineModels {
  const [status, setStatus] = useState<ModelsStatus | null>(null);
  const [consented, setConsented] = useState(false);
  const [saveData, setSaveData] = useState(false);
  // Sticky once given (a stopped download resumes); a retry after an error is one-shot.
  const consentedRef = useRef(false);
  const retryRef = useRef(false);
  const pollNow = useRef<() => void>(() => undefined);

  useEffect(() => {
    if (!enabled || !('serviceWorker' in navigator)) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const autoStart = !prefersSavingData();
    setSaveData(!autoStart);

    const poll = async () => {
      clearTimeout(timer);
      let next: ModelsStatus | null = null;
      try {
        const worker = (await navigator.serviceWorker.ready).active;
        if (worker) {
          next = await askModelsStatus(worker);
          if (next.state === 'partial' && (autoStart || consentedRef.current) && (!next.error || retryRef.current)) {
            retryRef.current = false;
            postToServiceWorker(worker, { type: 'CACHE_MODELS' });
            next = { ...next, state: 'caching', error: null };
          }
        }
      } catch {
        // The worker is restarting or busy: ask again shortly.
      }
      if (stopped) return;
      if (next) setStatus(next);
      if (next?.state !== 'ready') timer = setTimeout(poll, next?.state === 'caching' ? POLL_WHILE_CACHING_MS : POLL_OTHERWISE_MS);
    };
    pollNow.current = () => void poll();
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
      pollNow.current = () => undefined;
    };
  }, [enabled]);

  const download = useCallback(() => {
    consentedRef.current = true;
    retryRef.current = true;
    setConsented(true);
    pollNow.current();
  }, []);

  const needsConsent = status?.state === 'partial' && (status.error !== null || (saveData && !consented));
  return { status, needsConsent, download };
}
