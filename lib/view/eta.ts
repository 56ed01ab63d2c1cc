/**
 * Time left in a step of work, told only once it can be trusted. Used by the import progress
 * and the on-device analysis progress (components/hooks/useEta.ts feeds it).
 *
 * A naive "elapsed / done × left" flickers, starts with nonsense from the first few samples and
 * says "under a second" while a slow tail is still running. This estimator:
 * - gives no number before it has watched for `minElapsedMs` and seen `minFraction` of the work;
 * - measures the pace (time per share of the work) from one change of the fraction to the
 *   next, so work reported in bursts reads as steady, and smooths it with a time-weighted
 *   moving average; averaging the pace rather than the rate lets a slowdown show quickly;
 * - notices a stall: once no progress came for much longer than the usual gap, the pace is
 *   taken as if the next change came now;
 * - keeps the number it shows, counting it down, while new estimates agree with it; a new
 *   number replaces it only once the new estimates have agreed with each other for `settleMs`;
 * - never shows less than a second: "almost done" only near the end of the work, and an
 *   estimate that ran out while work is visibly left is withdrawn instead of staying at "1 second".
 *
 * Pure: the caller passes the time of each sample (performance.now()).
 */
import { countOf } from './language';

export type EtaEstimate =
  /** Not enough seen yet, or the estimate ran out with work left: show no time. */
  | { kind: 'unknown' }
  /** About `ms` left (at least 1000). */
  | { kind: 'remaining'; ms: number }
  /** Past `nearEndFraction` with at most `almostDoneMs` left. */
  | { kind: 'almost-done' };

export interface EtaOptions {
  /** Watch this long before giving a number. */
  minElapsedMs: number;
  /** …and see at least this share of the work that was left when watching began. */
  minFraction: number;
  /** Time constant of the pace's moving average. */
  smoothingMs: number;
  /** Estimates agree when they differ by at most this share (or by at most `slackMs`). */
  tolerance: number;
  slackMs: number;
  /** A new number replaces the shown one after the estimates agreed with each other this long. */
  settleMs: number;
  /** "Almost done" only at or past this fraction of the work… */
  nearEndFraction: number;
  /** …with at most this long left. */
  almostDoneMs: number;
}

export const ETA_DEFAULTS: EtaOptions = {
  minElapsedMs: 3000,
  minFraction: 0.05,
  smoothingMs: 2500,
  tolerance: 0.3,
  slackMs: 1500,
  settleMs: 2000,
  nearEndFraction: 0.95,
  almostDoneMs: 2000,
};

export interface EtaState {
  startedAt: number;
  startFraction: number;
  lastAt: number;
  /** The fraction last seen, and when it last changed. */
  lastFraction: number;
  changedAt: number;
  /** Moving average of the pace (ms per whole work) between changes, before bias correction, and the time it covers. */
  pace: number;
  measuredMs: number;
  /** Moving averages of the time between changes and of the progress each brought (null before the first change). */
  gapMs: number | null;
  stepFraction: number | null;
  /** The latest raw estimate and since when the raw estimates have agreed with each other. */
  candidate: { ms: number; at: number; since: number } | null;
  /** The number shown (as of `at`), or 'almost-done' once said (it stays said). */
  shown: { ms: number; at: number } | 'almost-done' | null;
  estimate: EtaEstimate;
}

const UNKNOWN: EtaEstimate = { kind: 'unknown' };
const ALMOST_DONE: EtaEstimate = { kind: 'almost-done' };
const MIN_SHOWN_MS = 1000;

const clampFraction = (fraction: number) => (Number.isNaN(fraction) ? 0 : Math.min(1, Math.max(0, fraction)));

/** A fresh estimator that has seen one sample. */
export function startEta(fraction: number, at: number): EtaState {
  const f = clampFraction(fraction);
  return {
    startedAt: at,
    startFraction: f,
    lastAt: at,
    lastFraction: f,
    changedAt: at,
    pace: 0,
    measuredMs: 0,
    gapMs: null,
    stepFraction: null,
    candidate: null,
    shown: null,
    estimate: UNKNOWN,
  };
}

/** The pace now (ms for the whole work); during a stall, as if the next change came now. */
function currentPace(state: EtaState, at: number, o: EtaOptions): number {
  if (state.measuredMs <= 0 || state.gapMs === null || state.stepFraction === null) return Infinity;
  const pace = state.pace / (1 - Math.exp(-state.measuredMs / o.smoothingMs));
  const idle = at - state.changedAt;
  if (idle <= Math.max(1000, 2 * state.gapMs)) return pace;
  const stalled = idle / state.stepFraction;
  return stalled > pace ? pace + (1 - Math.exp(-idle / o.smoothingMs)) * (stalled - pace) : pace;
}

/**
 * The estimator after one more sample: `fraction` (0–1) of the work done at time `at` (ms).
 * Feed it on every progress report and on a regular tick (the same fraction again) so that a
 * stall is noticed. A fraction that goes backwards starts over (a new run of the step).
 */
export function updateEta(state: EtaState | null, fraction: number, at: number, options: Partial<EtaOptions> = {}): EtaState {
  const o = { ...ETA_DEFAULTS, ...options };
  const f = Number.isNaN(fraction) ? (state?.lastFraction ?? 0) : clampFraction(fraction);
  if (!state || f < state.lastFraction - 1e-9 || at < state.startedAt) return startEta(f, at);
  // A second sample at the same instant adds nothing; its progress is counted with the next one.
  if (at <= state.lastAt) return state;

  let next: EtaState = { ...state, lastAt: at };
  if (f > state.lastFraction) {
    // The pace is measured from change to change: bursts and the quiet between them average out.
    const gap = at - state.changedAt;
    const step = f - state.lastFraction;
    next = {
      ...next,
      lastFraction: f,
      changedAt: at,
      pace: state.pace + (1 - Math.exp(-gap / o.smoothingMs)) * (gap / step - state.pace),
      measuredMs: state.measuredMs + gap,
      gapMs: state.gapMs === null ? gap : state.gapMs + 0.3 * (gap - state.gapMs),
      stepFraction: state.stepFraction === null ? step : state.stepFraction + 0.3 * (step - state.stepFraction),
    };
  }

  if (state.shown === 'almost-done') return next;
  if (f >= 1) return { ...next, shown: 'almost-done', estimate: ALMOST_DONE };
  const nearEnd = f >= o.nearEndFraction;
  const elapsed = at - state.startedAt;
  const pace = currentPace(next, at, o);
  const watchedEnough = elapsed >= o.minElapsedMs && f - state.startFraction >= o.minFraction * (1 - state.startFraction);
  if (!watchedEnough || !Number.isFinite(pace)) return { ...next, candidate: null, shown: null, estimate: UNKNOWN };

  const raw = (1 - f) * pace;
  const agree = (a: number, b: number) => Math.abs(a - b) <= Math.max(o.slackMs, o.tolerance * Math.max(a, b));
  const previous = state.candidate;
  const consistent = previous !== null && agree(raw, previous.ms - (at - previous.at));
  const candidate = { ms: raw, at, since: consistent ? previous.since : at };
  const settled = at - candidate.since >= o.settleMs;

  let shown = state.shown;
  if (shown !== null) {
    const countdown = shown.ms - (at - shown.at);
    if (countdown < MIN_SHOWN_MS && !nearEnd) {
      // The shown time ran out while work is visibly left: a settled new number, or none, never "1 second" on and on.
      shown = settled && raw >= MIN_SHOWN_MS ? { ms: raw, at } : null;
    } else if (agree(raw, countdown)) {
      // Agreeing: keep counting down, nudged toward the new estimate.
      shown = { ms: countdown + 0.25 * (raw - countdown), at };
    } else if (settled) {
      shown = { ms: raw, at };
    } else {
      shown = { ms: countdown, at };
    }
  } else if (settled) {
    shown = { ms: raw, at };
  }

  if (shown === null) return { ...next, candidate, shown, estimate: UNKNOWN };
  if (shown.ms <= o.almostDoneMs && nearEnd) return { ...next, candidate, shown: 'almost-done', estimate: ALMOST_DONE };
  if (shown.ms < MIN_SHOWN_MS && !nearEnd) return { ...next, candidate, shown: null, estimate: UNKNOWN };
  return { ...next, candidate, shown, estimate: { kind: 'remaining', ms: Math.max(MIN_SHOWN_MS, shown.ms) } };
}

/**
 * A time left in words, rounded up: "about 4 seconds", "about 25 seconds", "about 3 minutes",
 * "about 1 hour 10 minutes". Null for an unknown estimate.
 */
export function formatEta(estimate: EtaEstimate): string | null {
  if (estimate.kind === 'unknown') return null;
  if (estimate.kind === 'almost-done') return 'almost done';
  return `about ${formatRemaining(estimate.ms)}`;
}

/** "about 4 seconds left in this step" / "almost done with this step"; null when unknown. */
export function etaPhrase(estimate: EtaEstimate, within?: string): string | null {
  if (estimate.kind === 'unknown') return null;
  if (estimate.kind === 'almost-done') return within ? `almost done with ${within}` : 'almost done';
  return `about ${formatRemaining(estimate.ms)} left${within ? ` in ${within}` : ''}`;
}

/** Milliseconds → "4 seconds" (never less than 1), "25 seconds" (5 s steps), "3 minutes", "1 hour 10 minutes"; rounded up. */
export function formatRemaining(ms: number): string {
  const seconds = Math.max(1, Math.ceil((Number.isFinite(ms) ? ms : 0) / 1000));
  if (seconds < 10) return countOf(seconds, 'second');
  const fives = Math.ceil(seconds / 5) * 5;
  if (fives < 60) return countOf(fives, 'second');
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return countOf(minutes, 'minute');
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? countOf(hours, 'hour') : `${countOf(hours, 'hour')} ${countOf(rest, 'minute')}`;
}

/** Two estimates that read the same (for skipping re-renders). */
export function sameEta(a: EtaEstimate, b: EtaEstimate): boolean {
  return formatEta(a) === formatEta(b);
}
