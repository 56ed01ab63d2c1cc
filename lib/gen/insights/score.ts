/** The two halves of an insight's score, kept in 0–1. */

/** Maps a distance ≥ 0 onto 0–1 without a ceiling that ties the big ones: 0.63 at 1, 0.86 at 2, 0.95 at 3. */
function saturate(distance: number): number {
  return 1 - Math.exp(-Math.max(0, distance));
}

/** How far `value` sits above `baseline`, in baselines: 0 at or below it, 0.63 at twice it. */
export function above(value: number, baseline: number): number {
  return saturate((value - baseline) / baseline);
}

/** How far `value` sits from `baseline` either way, in doublings: 0.63 at half or double. */
export function apart(value: number, baseline: number): number {
  return value <= 0 ? 1 : saturate(Math.abs(Math.log2(value / baseline)));
}

/** How concrete the claim is: a named topic or date beats a count, a count beats a time of day. */
export const SPECIFICITY = { named: 1, count: 0.8, time: 0.65 } as const;
