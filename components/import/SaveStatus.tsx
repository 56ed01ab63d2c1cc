'use client';
/**
 * Shown over the story and dashboard while the conversations of a new import are still being
 * saved (the analysis arrives first), afterwards with a note on how it relates to earlier
 * imports, or with the reason saving failed.
 */
import { useState } from 'react';
import { assetSavingLabel } from '@/lib/ingest/progress';
import { useImporter } from './ImporterProvider';
import { RELATION_NOTES } from './relation-notes';

export function SaveStatus() {
  const { state, reset } = useImporter();
  const [dismissed, setDismissed] = useState<string | null>(null);

  if (state.status === 'running' && state.analysisReady) {
    const { progress } = state;
    const saving = progress?.phase === 'saving' || progress?.phase === 'assets';
    const percent = progress && saving && progress.bytesTotal > 0 ? Math.round((100 * progress.bytesDone) / progress.bytesTotal) : 0;
    return (
      <div className={pillClass} role="status" data-testid="save-status" data-state="saving">
        <span className="h-2 w-2 animate-pulse rounded-full bg-amber-300" aria-hidden />
        {progress?.phase === 'assets' ? assetSavingLabel(progress.assets) : 'Saving to this device'}… {percent}% — keep this tab open
      </div>
    );
  }
  // The story may already show this import: say plainly that saving failed and why (e.g. storage full).
  if (state.status === 'error' && state.error.code !== 'cancelled') {
    return (
      <div className={alertClass} role="alert" data-testid="save-status" data-state="failed" data-code={state.error.code}>
        <p>
          <span className="font-semibold">{state.error.message}</span> {state.error.hint}
        </p>
        <button type="button" onClick={reset} className="rounded-full px-2 hover:bg-white/10 focus-visible:outline-2 focus-visible:outline-rose-300">
          Dismiss
        </button>
      </div>
    );
  }
  if (state.status === 'done') {
    // The cache note belongs on the home page; here only news about stored data.
    const note = state.outcome.relation === 'same-file' ? null : RELATION_NOTES[state.outcome.relation];
    const hidden = dismissed === state.outcome.importId;
    return (
      <div className={hidden || !note ? 'sr-only' : pillClass} role="status" data-testid="save-status" data-state="saved">
        {note ?? 'Saved on this device.'}
        {note && !hidden && (
          <button type="button" onClick={() => setDismissed(state.outcome.importId)} className="ml-1 rounded-full px-2 hover:bg-white/10" aria-label="Dismiss">
            ✕
          </button>
        )}
      </div>
    );
  }
  return null;
}

const pillClass =
  'fixed bottom-20 left-1/2 z-50 flex max-w-[92vw] -translate-x-1/2 items-center gap-2 rounded-full bg-zinc-900/90 px-4 py-2 text-sm text-zinc-100 shadow-lg ring-1 ring-white/15 backdrop-blur';

const alertClass =
  'fixed bottom-20 left-1/2 z-50 flex w-[min(36rem,92vw)] -translate-x-1/2 items-start gap-3 rounded-2xl bg-rose-950/95 px-4 py-3 text-sm text-zinc-100 shadow-lg ring-1 ring-rose-400/40 backdrop-blur';
