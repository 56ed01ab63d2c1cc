/** A topic's conversations per month and whether its share is rising or falling lately. */

/** The trend looks at the latest months only: what someone is into now, not two years ago. */
export const TREND_MONTHS = 6;
/** Months with conversations needed in that window before calling a trend. */
export const TREND_MIN_MONTHS = 3;
/**
 * |velocity| ≥ 0.01 share per month (1 percentage point a month, ~5 points across six months)
 * is rising or declining; below that, steady.
 */
export const TREND_THRESHOLD = 0.01;

const MONTH = /^(\d{4})-(\d{2})$/;

function monthIndex(month: string): number | null {
  const match = MONTH.exec(month);
  return match ? Number(match[1]) * 12 + Number(match[2]) - 1 : null;
}

function monthName(index: number): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Every month from the earliest to the latest given (gaps filled), ascending; malformed ones skipped. */
export function monthRange(months: Iterable<string>): string[] {
  let first = Infinity;
  let last = -Infinity;
  for (const month of months) {
    const index = monthIndex(month);
    if (index === null) continue;
    first = Math.min(first, index);
    last = Math.max(last, index);
  }
  const range: string[] = [];
  for (let index = first; index <= last; index++) range.push(monthName(index));
  return range;
}

/**
 * Weighted least-squares slope of share against month number, each month weighted by how many
 * conversations it had (a month of two chats shouldn't swing the trend). Share per month.
 */
export function shareSlope(topicCounts: readonly number[], totals: readonly number[]): number {
  let weight = 0;
  let meanX = 0;
  let meanY = 0;
  totals.forEach((total, x) => {
    if (total <= 0) return;
    weight += total;
    meanX += total * x;
    meanY += total * (topicCounts[x]! / total);
  });
  if (weight === 0) return 0;
  meanX /= weight;
  meanY /= weight;
  let covariance = 0;
  let variance = 0;
  totals.forEach((total, x) => {
    if (total <= 0) return;
    const share = topicCounts[x]! / total;
    covariance += total * (x - meanX) * (share - meanY);
    variance += total * (x - meanX) ** 2;
  });
  return variance > 0 ? covariance / variance : 0;
}

export function trendOf(velocity: number): 'rising' | 'declining' | 'steady' {
  if (velocity >= TREND_THRESHOLD) return 'rising';
  if (velocity <= -TREND_THRESHOLD) return 'declining';
  return 'steady';
}

export interface TopicTimeline {
  monthly: { month: string; conversations: number }[];
  velocity: number;
  trend: 'rising' | 'declining' | 'steady';
}

/**
 * Per topic: conversations per month over `buckets` (the stats' months; by default every month
 * the conversations span), and the velocity of its monthly share over the latest ≤ 6 months.
 */
export function topicTimelines(assignments: ArrayLike<number>, months: readonly string[], k: number, buckets?: readonly string[]): TopicTimeline[] {
  const range = buckets ? [...buckets] : monthRange(months);
  const position = new Map(range.map((month, index) => [month, index]));
  const counts = Array.from({ length: k }, () => new Array<number>(range.length).fill(0));
  const totals = new Array<number>(range.length).fill(0);
  for (let i = 0; i < assignments.length; i++) {
    const at = position.get(months[i] ?? '');
    const topic = assignments[i]!;
    if (at === undefined || topic < 0 || topic >= k) continue;
    counts[topic]![at]!++;
    totals[at]!++;
  }
  const windowStart = Math.max(0, range.length - TREND_MONTHS);
  const windowTotals = totals.slice(windowStart);
  const activeMonths = windowTotals.filter((total) => total > 0).length;
  return counts.map((perMonth) => {
    const velocity = activeMonths >= TREND_MIN_MONTHS ? shareSlope(perMonth.slice(windowStart), windowTotals) : 0;
    return {
      monthly: range.map((month, index) => ({ month, conversations: perMonth[index]! })),
      velocity,
      trend: trendOf(velocity),
    };
  });
}
