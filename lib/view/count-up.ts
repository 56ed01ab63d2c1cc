/**
 * The maths of a number that counts up (components/ui/CountUp.tsx): how far along the count
 * is at a frame, and the value that frame shows. Pure, so the edge cases are tested here:
 * requestAnimationFrame's timestamp can precede the `performance.now()` taken at the start,
 * which made the first frame's fraction negative ("-2,784 conversations", "-0%").
 */

/** 0–1, linear: 0 before the start (or at a timestamp before it), 1 once `durationMs` has passed. */
export function countUpProgress(now: number, start: number, durationMs: number): number {
  if (!(durationMs > 0)) return 1;
  const t = (now - start) / durationMs;
  if (Number.isNaN(t)) return 0;
  return Math.min(1, Math.max(0, t));
}

/** Ease-out cubic on a clamped fraction: fast at first, settling on the value. */
export function easeOutCubic(t: number): number {
  const clamped = Number.isNaN(t) ? 0 : Math.min(1, Math.max(0, t));
  return 1 - (1 - clamped) ** 3;
}

/**
 * The value a count-up shows at `now`: always between 0 and `target` (never below 0 for a
 * positive target, never past it, never -0) and exactly `target` once the duration is over.
 */
export function countUpValue(target: number, now: number, start: number, durationMs: number): number {
  if (!Number.isFinite(target)) return 0;
  const t = countUpProgress(now, start, durationMs);
  // `+ 0` turns -0 into 0: Intl would print it as "-0".
  if (t >= 1) return target + 0;
  const value = target * easeOutCubic(t);
  return Math.min(Math.max(0, target), Math.max(Math.min(0, target), value)) + 0;
}

/**
 * What is formatted for a frame: whole numbers stay whole while counting (a count of
 * conversations never shows 1,391.5); fractional targets (shares, averages) pass as they are.
 * Never -0.
 */
export function countUpShown(target: number, current: number): number {
  if (!Number.isFinite(current)) return 0;
  return (Number.isInteger(target) ? Math.round(current) : current) + 0;
}
