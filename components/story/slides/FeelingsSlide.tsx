import { dominantPerMonth, EMOTION_META, EMOTIONS, periodEmotions } from '@/components/dashboard/ml/ml-view';
import { formatMonth, formatPercent } from '@/lib/view/format';
import { periodSpan } from '@/lib/view/period';
import { BigStat, SlideFrame } from '../SlideFrame';
import { MlSlide } from './StoryMl';
import type { SlideProps } from './types';

export function FeelingsSlide({ view }: SlideProps) {
  // "Your 2026 in feelings", "Your last 12 months in feelings", "Your feelings, all time".
  const kicker = view.key === 'all' ? 'Your feelings, all time' : `Your ${view.label.toLowerCase()} in feelings`;
  return (
    <MlSlide kicker={kicker} pendingHeadline="How did your conversations feel?">
      {(analysis) => {
        const { overall, top, months } = periodEmotions(analysis.emotions, periodSpan(view));
        const meta = top ? EMOTION_META[top] : null;
        const strip = dominantPerMonth(months, EMOTIONS, 'neutral');
        const long = months.length > 12;
        // The next feelings after the top one, and calm last.
        const runnersUp = [...EMOTIONS.filter((emotion) => emotion !== 'neutral' && emotion !== top)].sort((a, b) => overall[b] - overall[a]).slice(0, 2).concat('neutral');
        return (
          <SlideFrame
            kicker={kicker}
            headline={
              !view.claims.shares ? (
                'How your conversations felt'
              ) : meta ? (
                <>
                  Beyond the calm, you felt mostly <span className="text-amber-200">{meta.label.toLowerCase()}</span>
                </>
              ) : (
                'Cool, calm and collected.'
              )
            }
          >
            <BigStat
              size="lg"
              label={meta ? `of your messages carried ${meta.label.toLowerCase()}` : 'of your messages read as calm'}
            >
              <span aria-hidden="true" className="mr-3">{meta?.emoji ?? EMOTION_META.neutral.emoji}</span>
              <span data-testid="stat-top-emotion" data-value={top ?? 'none'}>
                {formatPercent(top ? overall[top] : overall.neutral)}
              </span>
            </BigStat>
            <ul className="grid grid-cols-3 gap-3" aria-label="Your other strongest feelings">
              {runnersUp.map((emotion) => (
                <li key={emotion} className="rounded-2xl bg-black/20 p-3">
                  <span className="text-2xl" aria-hidden="true">{EMOTION_META[emotion].emoji}</span>
                  <span className="block text-2xl font-black tabular-nums">{formatPercent(overall[emotion])}</span>
                  <span className="text-sm text-white/85">{EMOTION_META[emotion].label}</span>
                </li>
              ))}
            </ul>
            {strip.length > 0 ? (
              <figure className="mt-auto rounded-2xl bg-black/25 p-4">
                <figcaption className="text-sm font-semibold uppercase tracking-wider text-white/85">The feeling of each month</figcaption>
                <ol className="mt-3 flex gap-[3px]" aria-label="Strongest feeling per month, calm left out">
                  {strip.map((entry) => {
                    const label = entry.label ? EMOTION_META[entry.label] : null;
                    const text = `${formatMonth(entry.month)}: ${label ? label.label : 'calm only'}`;
                    return (
                      <li key={entry.month} className="flex min-w-0 flex-1 flex-col items-center gap-1" title={text} aria-label={text}>
                        <span className="h-10 w-full rounded-md" style={{ background: label?.color ?? 'rgba(255,255,255,0.2)' }} />
                        {months.length <= 12 ? (
                          <span className="text-sm leading-none" aria-hidden="true">{label?.emoji ?? '·'}</span>
                        ) : null}
                      </li>
                    );
                  })}
                </ol>
                <div className="mt-2 flex justify-between text-[10px] text-white/85" aria-hidden="true">
                  <span>{formatMonth(strip[0]!.month, long ? 'shortYear' : 'short')}</span>
                  <span>{formatMonth(strip.at(-1)!.month, long ? 'shortYear' : 'short')}</span>
                </div>
                <ul className="mt-3 flex flex-wrap gap-x-3 gap-y-1 text-xs text-white/85" aria-label="Legend">
                  {EMOTIONS.filter((emotion) => emotion !== 'neutral' && strip.some((entry) => entry.label === emotion)).map((emotion) => (
                    <li key={emotion} className="flex items-center gap-1">
                      <span className="size-2.5 rounded-full" style={{ background: EMOTION_META[emotion].color }} aria-hidden="true" />
                      {EMOTION_META[emotion].label}
                    </li>
                  ))}
                </ul>
              </figure>
            ) : null}
          </SlideFrame>
        );
      }}
    </MlSlide>
  );
}
