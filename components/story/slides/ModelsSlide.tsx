import { CountUp } from '@/components/ui/CountUp';
import { formatNumber, formatPercent } from '@/lib/view/format';
import { modelShares, modelsUnknown } from '@/lib/view/insights';
import { BigStat, SlideFrame } from '../SlideFrame';
import type { SlideProps } from './types';

export function ModelsSlide({ view }: SlideProps) {
  const { models } = view.period.stats;
  if (modelsUnknown(models)) {
    return (
      <SlideFrame kicker="Models" headline="Your export keeps its models a secret.">
        <p className="text-lg text-white/85">This export doesn’t say which model answered, so there’s no leaderboard this time.</p>
      </SlideFrame>
    );
  }
  const shares = modelShares(models, 5);
  const [top] = shares;
  return (
    <SlideFrame kicker="Models" headline={<>Your go-to model: <span className="text-amber-200">{top?.model}</span></>}>
      <ol className="flex flex-col gap-4">
        {shares.map((entry, index) => (
          <li key={entry.model}>
            <div className="flex items-baseline justify-between gap-3">
              <span className="truncate text-lg font-bold">
                <span className="mr-2 text-white/85">{index + 1}</span>
                {entry.model}
              </span>
              <span className="shrink-0 text-sm text-white/85">{formatNumber(entry.messages)} replies</span>
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
      {models.length > shares.length ? <p className="text-sm text-white/85">…and {models.length - shares.length} more.</p> : null}
      {top ? (
        <div className="mt-auto">
          <BigStat label={`of replies came from ${top.model}`} size="lg">
            <CountUp value={top.share} format={formatPercent} />
          </BigStat>
        </div>
      ) : null}
    </SlideFrame>
  );
}
