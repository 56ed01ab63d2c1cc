'use client';
/** The model files' offline state in words, with progress and the buttons it needs. */
import { ProgressBar } from '@/components/ui/ProgressBar';
import { useOfflineModelsState } from './OfflineModelsContext';

const megabytes = (bytes: number) => `${Math.round(bytes / 1e6)} MB`;

const buttonClass = 'rounded-lg border border-white/20 px-3 py-1 text-sm font-semibold hover:bg-white/10 focus-visible:outline-2 focus-visible:outline-violet-400';

export function OfflineStatus() {
  const offline = useOfflineModelsState();
  const status = offline?.status;
  if (!offline || !status || status.totalFiles === 0) return null;

  return (
    <div data-testid="offline-status" data-state={status.state} className="flex flex-col gap-2 text-sm">
      {status.state === 'ready' && <p>Ready to work offline: the app and its models ({megabytes(status.totalBytes)}) are stored on this device.</p>}
      {status.state === 'caching' && (
        <>
          <p>Saving the models for offline use…</p>
          {/* Announced once, not at every step. */}
          <div aria-live="off" className="flex flex-col gap-1">
            <ProgressBar value={status.totalBytes > 0 ? status.cachedBytes / status.totalBytes : 0} label="Models saved for offline use" />
            <p className="text-xs text-zinc-400">
              {megabytes(status.cachedBytes)} of {megabytes(status.totalBytes)}
            </p>
          </div>
        </>
      )}
      {status.state === 'partial' && offline.needsConsent && (
        <div className="flex flex-wrap items-center gap-3">
          <p className="flex-1">
            {status.error ?? `Keep the models on this device (${megabytes(status.totalBytes - status.cachedBytes)}) to analyse offline.`}
          </p>
          <button type="button" className={buttonClass} onClick={offline.download}>
            {status.error ? 'Try again' : 'Download'}
          </button>
        </div>
      )}
    </div>
  );
}
