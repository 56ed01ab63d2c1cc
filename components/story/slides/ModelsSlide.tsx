import { CountUp } from '@/components/ui/CountUp';
import { formatNumber, formatPercent } from '@/lib/view/format';
import { UNRECORDED_MODEL_NAME } from '@/lib/view/display-names';
import { countOf, nounFor } from '@/lib/view/language';
import { BigStat, SlideFrame } from '../SlideFrame';
import type { SlideProps } from './types';

const SHOWN = 5;

export function ModelsSlide({ view }: SlideProps) {
  const { models } = view;
  if (!models.top) {
    return (
      <SlideFrame kicker="Models" headline="Your export keeps its models a secret.">
        <p className="text-lg text-white/85">This export doesn’t say which model answered, so there’s no leaderboard this time.</p>
      </SlideFrame>
    );
  }
  const shown = models.named.slice(0, SHOWN);
  const { top } = models;
  return (
    <SlideFrame kicker="Models" headline={<>Your go-to model: <span className="text-amber-200" data-testid="top-model">{top.name}</span></>}>
      <ol className="flex flex-col gap-4" data-testid="model-list" data-count={models.count}>
        {shown.map((entry, index) => (
          <li key={entry.name}>
            <div className="flex items-baseline justify-between gap-3">
              <span className="truncate text-lg font-bold">
                <span className="mr-2 text-white/85">{index + 1}</span>
                {entry.name}
              </span>
              <span className="shrink-0 text-sm text-white/85">{countOf(entry.messages, 'reply')}</span>
            </div>
            <div className="mt-1 h-3 rounded-full bg-black/20">
              <div
                className="h-full rounded-full bg-white transition-[width] duration-1000 motion-safe:starting:w-0"
                style={{ width: `${Math.max(2, entry.share * 100)}%` }}
                aria-label={`${formatPercent(entry.share)} of replies`}
              />
            </div>
          </li>
        ))}
      </ol>
      {models.count > shown.length ? <p className="text-sm text-white/85">…and {countOf(models.count - shown.length, 'more model')}.</p> : null}
      {models.unrecordedReplies > 0 ? (
        <p className="text-sm text-white/85">
          {formatNumber(models.unrecordedReplies)} {nounFor(models.unrecordedReplies, 'reply')} came from {UNRECORDED_MODEL_NAME}.
        </p>
      ) : null}
      <div className="mt-auto">
        <BigStat label={models.count === 1 ? `of the replies whose model was recorded came from ${top.name}` : `of replies came from ${top.name}`} size="lg">
          <CountUp value={top.share} format={formatPercent} />
        </BigStat>
      </div>
    </SlideFrame>
  );
}
