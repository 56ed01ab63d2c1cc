/** Per-message head labels → shares overall and per month, for the slides and the timeline. */
import type { MonthShares, Shares } from '../types';

export function shares<L extends string>(labels: readonly L[], counts: ArrayLike<number>): Shares<L> {
  let total = 0;
  for (let i = 0; i < labels.length; i++) total += counts[i] ?? 0;
  return Object.fromEntries(labels.map((label, i) => [label, total > 0 ? (counts[i] ?? 0) / total : 0])) as Shares<L>;
}

/** Label counts overall and per month. `predicted[i]` is the label index of message i. */
export function labelShares<L extends string>(
  labels: readonly L[],
  predicted: ArrayLike<number>,
  months: readonly (string | null)[],
): { overall: Shares<L>; byMonth: MonthShares<L>[] } {
  const overall = new Float64Array(labels.length);
  const perMonth = new Map<string, Float64Array>();
  for (let i = 0; i < predicted.length; i++) {
    const label = predicted[i]!;
    overall[label]!++;
    const month = months[i];
    if (!month) continue;
    let counts = perMonth.get(month);
    if (!counts) perMonth.set(month, (counts = new Float64Array(labels.length)));
    counts[label]!++;
  }
  const byMonth = [...perMonth.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, counts]) => ({ month, messages: counts.reduce((sum, n) => sum + n, 0), shares: shares(labels, counts) }));
  return { overall: shares(labels, overall), byMonth };
}

/** A month needs this many labelled messages (and 2 % of all) to be "your most positive month". */
const MIN_MONTH_MESSAGES = 15;

export function mostPositiveMonth(byMonth: readonly MonthShares<'negative' | 'neutral' | 'positive'>[], totalMessages: number) {
  const floor = Math.max(MIN_MONTH_MESSAGES, totalMessages * 0.02);
  let best: { month: string; share: number } | null = null;
  for (const { month, messages, shares: monthShares } of byMonth) {
    if (messages < floor) continue;
    if (!best || monthShares.positive > best.share) best = { month, share: monthShares.positive };
  }
  return best;
}

/** The most frequent emotion other than neutral, or null when nothing but neutral was found. */
export function topEmotion<L extends string>(overall: Shares<L>): L | null {
  let best: L | null = null;
  for (const [label, share] of Object.entries(overall) as [L, number][]) {
    if (label === 'neutral' || share <= 0) continue;
    if (best === null || share > overall[best]) best = label;
  }
  return best;
}
