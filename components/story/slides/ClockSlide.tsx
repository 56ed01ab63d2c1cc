import { Heatmap } from '@/components/ui/Heatmap';
import { formatHourRange, formatNumber, formatPercent, formatTimeZone, WEEKDAYS } from '@/lib/view/format';
import { messagesPerActiveDay, peakHour, peakWeekday, weekendShare } from '@/lib/view/insights';
import { nounFor } from '@/lib/view/language';
import { SlideFrame } from '../SlideFrame';
import type { SlideProps } from './types';

export function ClockSlide({ view }: SlideProps) {
  const { stats, claims } = view;
  const hour = peakHour(stats.heatmap);
  const weekday = peakWeekday(stats.heatmap);
  return (
    <SlideFrame kicker="When you chat" headline={hour ? <>Your peak hour was <span className="text-amber-300">{formatHourRange(hour.key)}</span></> : 'No dated messages this period'}>
      {weekday && claims.shares ? (
        <p className="text-xl font-semibold">
          Busiest on <span className="font-black">{WEEKDAYS[weekday.key]}s</span>
        </p>
      ) : null}
      <Heatmap heatmap={stats.heatmap} timeZoneLabel={formatTimeZone(stats.timeZone)} className="rounded-2xl bg-black/25 p-3" />
      <dl className="grid grid-cols-2 gap-3">
        <div className="rounded-2xl bg-black/25 p-3">
          <dd className="text-3xl font-black">{formatPercent(weekendShare(stats.heatmap))}</dd>
          <dt className="text-sm text-white/85">on weekends</dt>
        </div>
        <div className="rounded-2xl bg-black/25 p-3">
          <dd className="text-3xl font-black">{formatNumber(messagesPerActiveDay(stats))}</dd>
          <dt className="text-sm text-white/85">{nounFor(messagesPerActiveDay(stats), 'message')} on an active day</dt>
        </div>
      </dl>
      <p className="mt-auto text-sm text-white/85" data-testid="story-timezone">
        All hours are local to <strong>{stats.timeZone}</strong>.
      </p>
    </SlideFrame>
  );
}
