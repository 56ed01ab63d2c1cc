import { monthsInSpan, periodSunniestMonth } from '@/components/dashboard/ml/ml-view';
import { CountUp } from '@/components/ui/CountUp';
import { formatMonth, formatPercent } from '@/lib/view/format';
import { periodSpan } from '@/lib/view/period';
import { BigStat, SlideFrame } from '../SlideFrame';
import { MlSlide } from './StoryMl';
import type { SlideProps } from './types';

const KICKER = 'Your sunniest month';

export function SunniestSlide({ view }: SlideProps) {
  return (
    <MlSlide kicker={KICKER} pendingHeadline="When were you at your brightest?">
      {(analysis) => {
        const span = periodSpan(view);
        const sunny = periodSunniestMonth(analysis.sentiment, span);
        const months = monthsInSpan(analysis.sentiment.byMonth, span);
        const max = Math.max(0.01, ...months.map((month) => month.shares.positive));
        return (
          <SlideFrame
            kicker={KICKER}
            headline={
              sunny ? (
                <>
                  <span className="text-amber-200" data-testid="stat-positive-month" data-value={sunny.month}>{formatMonth(sunny.month)}</span> was your brightest month.
                </>
              ) : (
                <span data-testid="stat-positive-month" data-value="">No single month stood out.</span>
              )
            }
          >
            <p className="text-8xl" aria-hidden="true">{sunny ? '☀️' : '⛅'}</p>
            {sunny ? (
              <BigStat label="of your messages that month sounded upbeat">
                <CountUp value={sunny.share} name="positiveMonthShare" format={formatPercent} />
              </BigStat>
            ) : (
              <p className="text-lg text-white/85">No month had enough messages to call one the sunniest.</p>
            )}
            {months.length > 1 ? (
              <figure className="mt-auto" aria-label="Share of upbeat messages per month">
                <div className="flex h-24 items-end gap-[3px]">
                  {months.map((month) => (
                    <div
                      key={month.month}
                      title={`${formatMonth(month.month)}: ${formatPercent(month.shares.positive)} upbeat`}
                      className={`flex-1 rounded-t-md transition-[height] duration-700 motion-safe:starting:h-0 ${month.month === sunny?.month ? 'bg-amber-200' : 'bg-white/45'}`}
                      style={{ height: `${Math.max(3, (month.shares.positive / max) * 100)}%` }}
                    />
                  ))}
                </div>
              </figure>
            ) : null}
          </SlideFrame>
        );
      }}
    </MlSlide>
  );
}
