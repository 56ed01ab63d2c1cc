'use client';
/**
 * What an ML figure shows while the analysis is not there: progress with its phase, what the
 * step counts, the time left once it can be trusted (lib/view/eta.ts) and a Cancel button; a
 * stopped or failed run with Retry. Compact, so it never blocks the page.
 */
import { useEta } from '@/components/hooks/useEta';
import { ProgressBar } from '@/components/ui/ProgressBar';
import { formatPercent } from '@/lib/view/format';
import { progressView } from './ml-view';
import type { MlPending } from './useMlView';

interface MlStatusProps {
  pending: MlPending;
  onCancel: () => void;
  onRetry: () => void;
  /** 'story' draws white on a slide's gradient; 'card' fits the dark dashboard. */
  tone?: 'story' | 'card';
  className?: string;
}

const BUTTON = {
  story: 'rounded-full bg-white px-4 py-2 text-sm font-bold text-zinc-900 transition hover:scale-[1.02] focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white',
  card: 'rounded-full bg-white/10 px-4 py-2 text-sm font-semibold text-zinc-100 transition hover:bg-white/15 focus-visible:outline-2 focus-visible:outline-fuchsia-400',
} as const;

const MUTED = { story: 'text-white/80', card: 'text-zinc-400' } as const;

export function MlStatus({ pending, onCancel, onRetry, tone = 'card', className = '' }: MlStatusProps) {
  const box = `rounded-2xl p-4 ${tone === 'story' ? 'bg-black/25' : 'bg-white/5 ring-1 ring-white/10'} ${className}`;
  // Every MlStatus of the same run shares one estimate (the story's slides, the dashboard).
  const running = pending.kind === 'running' ? pending.state : null;
  const measured = progressView(running?.progress ?? null);
  const eta = useEta(`ml:${running?.importId ?? ''}`, running?.progress && measured.within !== null ? running.progress.phase : null, measured.within);

  if (pending.kind === 'error') {
    return (
      <div className={box} role="alert" data-testid="ml-error" data-code={pending.error.code}>
        <p className="font-bold">The on-device analysis stopped with a problem.</p>
        <p className="mt-1 text-sm">{pending.error.message}</p>
        {pending.error.hint ? <p className={`mt-1 text-sm ${MUTED[tone]}`}>{pending.error.hint}</p> : null}
        <button type="button" onClick={onRetry} className={`mt-3 ${BUTTON[tone]}`} data-testid="ml-retry">
          Retry
        </button>
      </div>
    );
  }

  if (pending.kind === 'cancelled') {
    return (
      <div className={box} data-testid="ml-cancelled">
        <p className="font-bold">You stopped the analysis.</p>
        <p className={`mt-1 text-sm ${MUTED[tone]}`}>Topics, feelings and search need it. It runs on this device and can pick up again any time.</p>
        <button type="button" onClick={onRetry} className={`mt-3 ${BUTTON[tone]}`} data-testid="ml-retry">
          Start again
        </button>
      </div>
    );
  }

  if (pending.kind === 'waiting') {
    return (
      <div className={`${box} flex items-center gap-3`} role="status" data-testid="ml-waiting">
        <span className={`size-5 shrink-0 rounded-full border-2 motion-safe:animate-spin ${tone === 'story' ? 'border-white/25 border-t-white' : 'border-white/10 border-t-fuchsia-400'}`} aria-hidden="true" />
        <p className="text-sm font-semibold">Getting your conversations ready for a closer read…</p>
      </div>
    );
  }

  const { progress } = pending.state;
  const view = progressView(progress, eta);
  const percent = view.overall === null ? null : formatPercent(view.overall);
  return (
    <div className={box} data-testid="ml-progress" data-phase={progress?.phase ?? 'starting'}>
      <p className="font-bold">
        Reading your conversations on this device…{' '}
        <span className="tabular-nums" data-testid="ml-progress-percent">{percent}</span>
      </p>
      <ProgressBar value={view.overall ?? 0} label="On-device analysis progress" className="mt-3" />
      <div className={`mt-2 flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1 text-sm ${MUTED[tone]}`}>
        <p aria-live="polite" aria-atomic="true">
          {view.step > 0 ? `Step ${view.step} of ${view.steps}: ` : ''}
          {view.label}
          {view.counts ? <span className="tabular-nums"> ({view.counts})</span> : null}
        </p>
        {view.eta ? <p className="tabular-nums">{view.eta}</p> : null}
      </div>
      <div className="mt-3 flex flex-wrap items-center justify-between gap-3">
        <p className={`text-xs ${MUTED[tone]}`}>Nothing leaves your browser.</p>
        <button type="button" onClick={onCancel} className={BUTTON[tone]} data-testid="ml-cancel">
          Cancel
        </button>
      </div>
    </div>
  );
}
