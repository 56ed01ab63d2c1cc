/** Reciprocal rank fusion (Cormack et al. 2009): score = Σ over lists of 1 / (k + rank). */

/** The paper's constant; it damps the head of each list so one list can't dominate. */
export const RRF_K = 60;

export interface Fused<T> {
  item: T;
  score: number;
  /** 1-based rank in each input list, null where the item is absent. */
  ranks: (number | null)[];
}

/**
 * Fuses ranked lists (best first, no duplicates within a list). Ties go to the item with the better
 * single rank, then to the earlier list's order, so the result is deterministic.
 */
export function reciprocalRankFusion<T>(lists: readonly (readonly T[])[], k = RRF_K): Fused<T>[] {
  const fused = new Map<T, Fused<T>>();
  lists.forEach((list, l) => {
    list.forEach((item, index) => {
      let entry = fused.get(item);
      if (!entry) fused.set(item, (entry = { item, score: 0, ranks: lists.map(() => null) }));
      if (entry.ranks[l] !== null) return;
      entry.ranks[l] = index + 1;
      entry.score += 1 / (k + index + 1);
    });
  });
  const best = (entry: Fused<T>) => Math.min(...entry.ranks.map((rank) => rank ?? Infinity));
  const firstList = (entry: Fused<T>) => entry.ranks.findIndex((rank) => rank !== null);
  return [...fused.values()].sort(
    (a, b) => b.score - a.score || best(a) - best(b) || firstList(a) - firstList(b) || (a.ranks[firstList(a)] ?? 0) - (b.ranks[firstList(b)] ?? 0),
  );
}
