/**
 * Counts of prompt terms, bucketed by UTC calendar month.
 *
 * Why UTC months: a year's distinctive words need counts per local year, but the zone is
 * only known at compute time and keeping every term's timestamps would cost far too much.
 * A year is assembled from its twelve UTC months instead, so prompts within a few hours of
 * New Year (at most the zone's offset, ≤ 14 h) may be counted in the neighbouring year. For
 * "your words of the year" that is invisible; every other figure uses exact local time.
 */

const UNDATED = -1;

export class TermBuckets {
  private readonly byMonth = new Map<number, Map<string, number>>();

  add(time: number, terms: readonly string[]): void {
    if (terms.length === 0) return;
    const key = Number.isNaN(time) ? UNDATED : utcMonthIndex(time);
    let counts = this.byMonth.get(key);
    if (!counts) {
      counts = new Map();
      this.byMonth.set(key, counts);
    }
    for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  }

  /** Summed counts for one year, or all time (undated prompts included) when year is undefined. */
  counts(year?: number): Map<string, number> {
    const total = new Map<string, number>();
    for (const [key, counts] of this.byMonth) {
      if (year !== undefined && (key === UNDATED || Math.floor(key / 12) !== year)) continue;
      for (const [term, count] of counts) total.set(term, (total.get(term) ?? 0) + count);
    }
    return total;
  }

  /** Summed counts for the UTC months first…last (month indices year × 12 + month − 1, inclusive); undated prompts never. */
  countsInMonths(first: number, last: number): Map<string, number> {
    const total = new Map<string, number>();
    for (const [key, counts] of this.byMonth) {
      if (key === UNDATED || key < first || key > last) continue;
      for (const [term, count] of counts) total.set(term, (total.get(term) ?? 0) + count);
    }
    return total;
  }
}

function utcMonthIndex(time: number): number {
  const date = new Date(time);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}
