'use client';
/**
 * Where the on-device look at images and voice clips stands: waiting for the text analysis,
 * running (phase, count, ETA, Cancel), stopped (Start again) or failed (the message, Retry).
 * Renders nothing when there is nothing left to do.
 */
import { ProgressBar } from '@/components/ui/ProgressBar';
import { formatNumber } from '@/lib/view/format';
import { countOf, listOf, nounFor } from '@/lib/view/language';
import type { useMediaAnalysis } from './useMediaAnalysis';

type MediaAnalysisView = ReturnType<typeof useMediaAnalysis>;

const BUTTON = {
  story: 'rounded-full bg-white px-4 py-2 text-sm font-bold text-zinc-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white',
  card: 'rounded-full bg-white/10 px-4 py-2 text-sm font-semibold text-zinc-100 hover:bg-white/15 focus-visible:outline-2 focus-visible:outline-fuchsia-400',
} as const;

function eta(seconds: number | null): string {
  if (seconds === null) return 'working out how long…';
  if (seconds < 60) return 'under a minute left';
  return `about ${Math.round(seconds / 60)} min left`;
}

/** "3 images and 1 voice clip", leaving out a kind with nothing left. */
function pendingWords(pending: { images: number; clips: number }): string {
  const parts = [pending.images > 0 ? countOf(pending.images, 'image') : null, pending.clips > 0 ? countOf(pending.clips, 'voice clip') : null];
  return listOf(parts.filter((part): part is string => part !== null));
}

export function MediaStatus({ media, tone = 'card' }: { media: MediaAnalysisView; tone?: 'story' | 'card' }) {
  const box = `rounded-2xl p-4 text-sm ${tone === 'story' ? 'bg-black/25' : 'bg-white/5 ring-1 ring-white/10'}`;
  const { state, pending } = media;
  const left = pending.images + pending.clips;

  if (state.status === 'running') {
    const progress = state.progress;
    const what = progress?.phase === 'voice' ? 'Transcribing voice clips' : 'Looking at your images';
    return (
      <div className={box} role="status" data-testid="media-running">
        <p className="font-semibold">
          {what} on this device…{' '}
          {progress ? `${formatNumber(progress.done)} of ${formatNumber(progress.total)} · ${eta(progress.etaSeconds)}` : 'loading the models'}
        </p>
        <ProgressBar value={progress && progress.total > 0 ? progress.done / progress.total : 0} label={what} className="mt-3" />
        <button type="button" onClick={media.cancel} className={`mt-3 ${BUTTON[tone]}`} data-testid="media-cancel">
          Cancel
        </button>
      </div>
    );
  }
  if (state.status === 'error') {
    return (
      <div className={box} role="alert" data-testid="media-error">
        <p className="font-semibold">Looking at your images and voice clips stopped with a problem.</p>
        <p className="mt-1">{state.message}</p>
        <button type="button" onClick={media.start} className={`mt-3 ${BUTTON[tone]}`}>
          Retry
        </button>
      </div>
    );
  }
  if (left === 0) return null;
  if (media.waitingForText) {
    return (
      <p className={box} role="status" data-testid="media-waiting">
        {pendingWords(pending)} will be looked at on this device once the text analysis is done.
      </p>
    );
  }
  return (
    <div className={box} data-testid="media-idle">
      <p>
        {state.status === 'cancelled' ? 'You stopped it. ' : ''}
        {pendingWords(pending)} {nounFor(left, 'is', 'are')} not analysed yet. It runs on this device; nothing is uploaded.
      </p>
      <button type="button" onClick={media.start} className={`mt-3 ${BUTTON[tone]}`} data-testid="media-start">
        {state.status === 'cancelled' ? 'Start again' : 'Analyse them'}
      </button>
    </div>
  );
}
