'use client';
/**
 * "A new version is ready": a new service worker installed in the background and is waiting.
 * `reload()` lets it take over (SKIP_WAITING) and reloads once it controls the page.
 */
import { useSerwist } from '@serwist/turbopack/react';
import { useCallback, useEffect, useState } from 'react';

/** How often a long-open tab looks for a new version. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;
const RELOAD_FALLBACK_MS = 8_000;

export interface AppUpdate {
  ready: boolean;
  reload: () => void;
}

export function useAppUpdate(): AppUpdate {
  const { serwist } = useSerwist();
  const [ready, setReady] = useState(false);

  useEffect(() => {
    if (!serwist) return;
    const onWaiting = () => setReady(true);
    serwist.addEventListener('waiting', onWaiting);
    // A version that was already waiting before this page loaded.
    void navigator.serviceWorker.getRegistration().then((registration) => {
      if (registration?.waiting && navigator.serviceWorker.controller) setReady(true);
    });
    const check = () => void serwist.update().catch(() => undefined);
    const interval = setInterval(check, UPDATE_CHECK_MS);
    return () => {
      serwist.removeEventListener('waiting', onWaiting);
      clearInterval(interval);
    };
  }, [serwist]);

  const reload = useCallback(() => {
    navigator.serviceWorker.addEventListener('controllerchange', () => window.location.reload(), { once: true });
    // The user asked to reload: if the new version is slow to take over (a busy activation),
    // reload anyway; the navigation waits for it to finish activating.
    setTimeout(() => window.location.reload(), RELOAD_FALLBACK_MS);
    void navigator.serviceWorker.getRegistration().then((registration) => {
      if (registration?.waiting) registration.waiting.postMessage({ type: 'SKIP_WAITING' });
      else window.location.reload();
    });
  }, []);

  return { ready, reload };
}
