'use client';
import { useEta } from '@/components/hooks/useEta';
import { etaPhrase } from '@/lib/view/eta';
import { importProgressView } from '@/lib/view/import-progress';
import type { ImportProgress as Progress } from '@/workers/ingest/protocol';

/**
 * The running import: its phase, a bar (indeterminate while a phase can't be measured), what
 * the phase counts (the file's bytes, conversations, messages) and, once it can be trusted, the
 * time left in this step.
 */
export function ImportProgress({ label, progress, onCancel }: { label: string; progress: Progress | null; onCancel: () => void }) {
  const view = importProgressView(progress);
  const eta = etaPhrase(useEta('import', progress && view.fraction !== null ? `${label}:${progress.phase}` : null, view.fraction), 'this step');
  const percent = view.fraction === null ? null : Math.round(view.fraction * 100);
  const details = [view.detail, eta].filter(Boolean).join(' · ');
  return (
    <div className="w-full rounded-2xl border border-white/10 bg-white/5 p-5" data-testid="import-progress" data-phase={progress?.phase ?? 'starting'}>
      <div className="mb-2 flex items-baseline justify-between gap-4 text-sm">
        <span className="font-medium">
          {view.phase} · {label}
        </span>
        {percent === null ? null : <span className="tabular-nums text-zinc-400">{percent}%</span>}
      </div>
      <div
        className="relative h-2 w-full overflow-hidden rounded-full bg-white/10"
        role="progressbar"
        aria-label={`Import progress: ${view.phase}`}
        aria-valuemin={0}
        aria-valuemax={100}
        // Without a value the bar is indeterminate for assistive technology too.
        aria-valuenow={percent ?? undefined}
        aria-valuetext={percent === null ? `${view.phase}${view.detail ? `, ${view.detail}` : ''}` : undefined}
      >
        {percent === null ? (
          <div className="absolute inset-y-0 w-1/3 rounded-full bg-gradient-to-r from-violet-500 to-fuchsia-500 opacity-80 motion-safe:animate-pulse" style={{ left: '33%' }} />
        ) : (
          <div className="h-full rounded-full bg-gradient-to-r from-violet-500 to-fuchsia-500 transition-[width]" style={{ width: `${percent}%` }} />
        )}
      </div>
      <div className="mt-2 flex items-center justify-between gap-4 text-xs text-zinc-400">
        <span className="tabular-nums" data-testid="import-progress-detail">
          {details}
        </span>
        <button type="button" onClick={onCancel} className="rounded-lg border border-white/15 px-3 py-1 text-zinc-200 hover:bg-white/10 focus-visible:outline-2 focus-visible:outline-violet-400" data-testid="import-cancel">
          Cancel
        </button>
      </div>
    </div>
  );
}
