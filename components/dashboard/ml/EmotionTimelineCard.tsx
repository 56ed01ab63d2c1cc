'use client';
/** Feelings through the months: a stacked area of emotion shares, calm optional. */
import { useId, useState } from 'react';
import { Card } from '@/components/ui/Card';
import type { MlAnalysis } from '@/lib/ml/types';
import { formatPercent } from '@/lib/view/format';
import type { PeriodSpan } from '@/lib/view/period';
import { EMOTION_META, EMOTIONS, formatShare, periodEmotions } from './ml-view';
import { ShareAreaChart, ShareBars } from './ShareAreaChart';

/** Calm on top of the stack, so the feelings sit on the axis. */
const STACK = [...EMOTIONS.filter((emotion) => emotion !== 'neutral'), 'neutral' as const];

export function EmotionTimelineCard({ emotions, span }: { emotions: MlAnalysis['emotions']; span: PeriodSpan | null }) {
  const [withCalm, setWithCalm] = useState(false);
  const toggleId = useId();
  const { overall, top, months } = periodEmotions(emotions, span);
  const labels = withCalm ? STACK : STACK.filter((emotion) => emotion !== 'neutral');
  const summary = top ? `Mostly ${EMOTION_META[top].label.toLowerCase()} (${formatPercent(overall[top])} of messages) besides the calm ones` : 'Your messages read as calm throughout';
  const caption = (
    <span data-testid="ml-top-emotion" data-value={top ?? 'none'}>
      {summary}
    </span>
  );
  return (
    <Card
      title="Feelings over time"
      caption={caption}
      className="lg:col-span-2"
      action={
        <label htmlFor={toggleId} className="flex shrink-0 cursor-pointer items-center gap-2 text-xs text-zinc-400">
          <input id={toggleId} type="checkbox" checked={withCalm} onChange={(event) => setWithCalm(event.target.checked)} className="accent-fuchsia-500" />
          Include calm
        </label>
      }
    >
      {months.length >= 2 ? (
        <ShareAreaChart
          months={months}
          labels={labels}
          meta={EMOTION_META}
          ariaLabel={`Share of each feeling per month${withCalm ? '' : ', calm left out'}. ${summary}.`}
        />
      ) : (
        <ShareBars shares={overall} labels={labels} meta={EMOTION_META} />
      )}
      <ul className="mt-4 grid grid-cols-4 gap-2 sm:grid-cols-7" aria-label="Share of all messages per feeling">
        {[...EMOTIONS].sort((a, b) => overall[b] - overall[a]).map((emotion) => (
          <li key={emotion} className="rounded-2xl bg-white/5 p-2 text-center" data-emotion={emotion} data-value={overall[emotion]}>
            <span className="block text-xl" aria-hidden="true">{EMOTION_META[emotion].emoji}</span>
            <span className="block text-sm font-black tabular-nums">{formatShare(overall[emotion])}</span>
            <span className="block truncate text-xs text-zinc-400">{EMOTION_META[emotion].label}</span>
          </li>
        ))}
      </ul>
    </Card>
  );
}
