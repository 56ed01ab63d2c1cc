import { formatMonth, formatNumber } from '@/lib/view/format';
import { monthMessages, peakMonth } from '@/lib/view/insights';
import { countOf, nounFor } from '@/lib/view/language';
import { SlideFrame } from '../SlideFrame';
import type { SlideProps } from './types';

export function TimelineSlide({ view }: SlideProps) {
  const { monthly } = view.stats;
  const peak = peakMonth(monthly);
  const max = peak ? monthMessages(peak) : 0;
  const labelEvery = Math.ceil(monthly.length / 12);
  return (
    <SlideFrame
      kicker="Month by month"
      headline={peak ? <>Your biggest month was <span className="text-amber-300">{formatMonth(peak.month)}</span></> : 'A quiet period'}
    >
      {peak ? (
        <p className="text-lg text-white/85">
          <strong className="font-black">{formatNumber(monthMessages(peak))}</strong> {nounFor(monthMessages(peak), 'message')} across {countOf(peak.conversations, 'conversation')}.
        </p>
      ) : null}
      <figure className="mt-auto" aria-label="Messages per month">
        <div className="flex h-56 items-end gap-[3px]">
          {monthly.map((bucket) => {
            const value = monthMessages(bucket);
            const isPeak = bucket.month === peak?.month;
            return (
              <div
                key={bucket.month}
                title={`${formatMonth(bucket.month)}: ${countOf(value, 'message')}`}
                className={`flex-1 rounded-t-md transition-[height] duration-700 motion-safe:starting:h-0 ${isPeak ? 'bg-amber-300' : 'bg-white/55'}`}
                style={{ height: `${max > 0 ? Math.max(2, (value / max) * 100) : 2}%` }}
              />
            );
          })}
        </div>
        <div className="mt-2 flex gap-[3px] text-[10px] text-white/85" aria-hidden="true">
          {monthly.map((bucket, index) => (
            <span key={bucket.month} className="flex-1 overflow-visible whitespace-nowrap text-center">
              {index % labelEvery === 0 ? formatMonth(bucket.month, monthly.length > 12 ? 'shortYear' : 'short').slice(0, monthly.length > 12 ? 7 : 3) : ''}
            </span>
          ))}
        </div>
      </figure>
    </SlideFrame>
  );
}
