/** The month-by-month series, with empty months present so charts show the gaps. */
import type { MonthBucket } from '../analysis/types';
import { formatMonth } from './calendar';

export type MonthCounts = Omit<MonthBucket, 'month'>;

/** byMonth: month index (year × 12 + month − 1) → counts, for months with any activity. */
export function monthlySeries(byMonth: ReadonlyMap<number, MonthCounts>): MonthBucket[] {
  if (byMonth.size === 0) return [];
  const months = [...byMonth.keys()];
  const first = Math.min(...months);
  const last = Math.max(...months);
  const series: MonthBucket[] = [];
  for (let month = first; month <= last; month++) {
    const counts = byMonth.get(month);
    series.push({
      month: formatMonth(month),
      conversations: counts?.conversations ?? 0,
      userMessages: counts?.userMessages ?? 0,
      assistantMessages: counts?.assistantMessages ?? 0,
    });
  }
  return series;
}
