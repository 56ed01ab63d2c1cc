'use client';
/**
 * Bottom-corner notes, each only when it has something to say: a new version, no network, the
 * models being saved for offline use (and "ready" once they are), the install offer on the home
 * page. The story is full-screen: it only ever gets the update toast.
 */
import { usePathname } from 'next/navigation';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { InstallOffer } from './InstallOffer';
import { OfflineStatus } from './OfflineStatus';
import { UpdateToast } from './UpdateToast';
import { useAppUpdate } from './useAppUpdate';
import { useInstallPrompt } from './useInstallPrompt';
import { useOfflineModelsState } from './OfflineModelsContext';
import { useOnline } from './useOnline';

const READY_NOTE_MS = 15_000;

/** True for a while after the models finish saving in this tab (not when they already were). */
function useJustBecameReady(state: string | undefined): boolean {
  const previous = useRef(state);
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const was = previous.current;
    previous.current = state;
    if (state !== 'ready' || was === undefined || was === 'ready') return;
    setShown(true);
    const timer = setTimeout(() => setShown(false), READY_NOTE_MS);
    return () => clearTimeout(timer);
  }, [state]);
  return shown;
}

function Note({ children }: { children: ReactNode }) {
  return <div className="pointer-events-auto w-full max-w-sm rounded-2xl border border-white/15 bg-zinc-900/95 p-4 text-zinc-100 shadow-xl backdrop-blur">{children}</div>;
}

export function PwaTray() {
  const pathname = usePathname();
  const update = useAppUpdate();
  const install = useInstallPrompt();
  const online = useOnline();
  const offline = useOfflineModelsState();
  const justReady = useJustBecameReady(offline?.status?.state);
  const story = pathname === '/wrapped';
  const state = offline?.status?.state;
  const showOffline = !story && (state === 'caching' || offline?.needsConsent === true || (state === 'ready' && justReady));

  return (
    <section aria-label="App status" aria-live="polite" className="pointer-events-none fixed inset-x-0 bottom-0 z-50 flex flex-col items-end gap-2 p-4">
      {update.ready && (
        <Note>
          <UpdateToast update={update} />
        </Note>
      )}
      {!story && !online && (
        <Note>
          <p data-testid="offline-note" className="text-sm">
            You are offline. Everything you imported, and the analysis, keep working on this device.
          </p>
        </Note>
      )}
      {showOffline && (
        <Note>
          <OfflineStatus />
        </Note>
      )}
      {pathname === '/' && install.kind !== 'none' && (
        <Note>
          <InstallOffer offer={install} />
        </Note>
      )}
    </section>
  );
}
