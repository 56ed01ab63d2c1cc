import { Card } from '@/components/ui/Card';
import { Heatmap } from '@/components/ui/Heatmap';
import type { Stats } from '@/lib/analysis/types';
import type { Claims } from '@/lib/view/evidence';
import { formatDay, formatHourRange, formatTimeZone, WEEKDAYS } from '@/lib/view/format';
import { countOf } from '@/lib/view/language';
import { peakHour, peakWeekday } from '@/lib/view/insights';

export function HeatmapCard({ stats, claims }: { stats: Stats; claims: Claims }) {
  const hour = peakHour(stats.heatmap);
  const weekday = peakWeekday(stats.heatmap);
  const zone = formatTimeZone(stats.timeZone);
  return (
    <Card title="When you chat" caption={`Your messages by weekday and hour · ${zone}`} className="lg:col-span-2">
      <div className="mb-4 flex flex-wrap gap-x-6 gap-y-1 text-sm text-zinc-300">
        {hour ? (
          <span>
            Peak hour <strong className="text-white">{formatHourRange(hour.key)}</strong>
          </span>
        ) : null}
        {weekday ? (
          <span>
            Busiest weekday <strong className="text-white">{WEEKDAYS[weekday.key]}</strong>
          </span>
        ) : null}
        {claims.busiestDay && stats.busiestDay ? (
          <span>
            Busiest day <strong className="text-white">{formatDay(stats.busiestDay.date, 'short')}</strong> ({countOf(stats.busiestDay.userMessages, 'message')})
          </span>
        ) : null}
      </div>
      <Heatmap heatmap={stats.heatmap} timeZoneLabel={zone} className="text-zinc-300" />
    </Card>
  );
}
