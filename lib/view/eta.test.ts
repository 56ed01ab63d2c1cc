import { describe, expect, it } from 'vitest';
import { ETA_DEFAULTS, etaPhrase, formatEta, formatRemaining, sameEta, startEta, updateEta, type EtaEstimate, type EtaState } from './eta';

/** Feeds `fractionAt(t)` every `stepMs` from 0 to `untilMs`; returns every estimate with its time. */
function run(fractionAt: (t: number) => number, untilMs: number, stepMs = 100) {
  let state: EtaState | null = null;
  const out: { t: number; fraction: number; estimate: EtaEstimate }[] = [];
  for (let t = 0; t <= untilMs; t += stepMs) {
    const fraction = fractionAt(t);
    state = updateEta(state, fraction, t);
    out.push({ t, fraction, estimate: state.estimate });
  }
  return out;
}

const msOf = (estimate: EtaEstimate) => (estimate.kind === 'remaining' ? estimate.ms : null);

describe('updateEta', () => {
  it('gives no number before the minimum time has passed', () => {
    const samples = run((t) => t / 20_000, 20_000);
    for (const { t, estimate } of samples) if (t < ETA_DEFAULTS.minElapsedMs) expect(estimate.kind).toBe('unknown');
  });

  it('gives no number before the minimum share of the work is done, however long it takes', () => {
    // 1 % after a minute: too little seen to tell.
    const samples = run((t) => (0.01 * t) / 60_000, 60_000, 500);
    expect(samples.every(({ estimate }) => estimate.kind === 'unknown')).toBe(true);
  });

  it('estimates a steady rate well, once settled', () => {
    const total = 30_000;
    const samples = run((t) => t / total, total);
    const told = samples.filter(({ estimate }) => estimate.kind === 'remaining');
    expect(told.length).toBeGreaterThan(0);
    expect(told[0]!.t).toBeLessThan(8000);
    for (const { t, estimate } of told) {
      const actual = total - t;
      expect(Math.abs(msOf(estimate)! - Math.max(1000, actual))).toBeLessThan(Math.max(1500, 0.15 * actual));
    }
  });

  it('counts down smoothly under bursty reports instead of jumping around', () => {
    // Progress arrives in bursts every 700 ms (a batch at a time), sampled every 100 ms.
    const total = 40_000;
    const samples = run((t) => Math.floor(t / 700) * (700 / total), total);
    const told = samples.filter(({ estimate }) => estimate.kind === 'remaining');
    expect(told.length).toBeGreaterThan(100);
    for (let i = 1; i < told.length; i++) {
      const rise = msOf(told[i]!.estimate)! - msOf(told[i - 1]!.estimate)!;
      // Never jumps up by more than a second between samples 100 ms apart.
      expect(rise).toBeLessThan(1000);
    }
  });

  it('never says under a second while more than a second of work is left', () => {
    // Fast to 80 %, then the last 20 % crawls for 10 s (a slow tail).
    const fractionAt = (t: number) => (t <= 4000 ? (0.8 * t) / 4000 : Math.min(1, 0.8 + (0.2 * (t - 4000)) / 10_000));
    const samples = run(fractionAt, 14_000);
    for (const { t, estimate } of samples) {
      const actualLeft = 14_000 - t;
      if (estimate.kind === 'remaining') expect(estimate.ms).toBeGreaterThanOrEqual(1000);
      if (estimate.kind === 'almost-done') {
        expect(fractionAt(t)).toBeGreaterThanOrEqual(ETA_DEFAULTS.nearEndFraction);
        expect(actualLeft).toBeLessThanOrEqual(2500);
      }
    }
    // It said something truthful during the tail.
    expect(samples.some(({ t, estimate }) => t > 6000 && estimate.kind === 'remaining' && estimate.ms > 3000)).toBe(true);
  });

  it('withdraws or raises a number when the work stalls, instead of sitting at "1 second"', () => {
    // Steady to 60 %, then nothing for 20 s (only ticks with the same fraction).
    const fractionAt = (t: number) => Math.min(0.6, t / 10_000);
    const samples = run(fractionAt, 26_000, 250);
    const late = samples.filter(({ t }) => t >= 12_000);
    for (const { estimate } of late) {
      if (estimate.kind === 'almost-done') throw new Error('said almost done at 60 %');
    }
    // By the end of the stall, it either shows nothing or more than the 4 s it said at the stall's start.
    const last = samples.at(-1)!.estimate;
    expect(last.kind === 'unknown' || (last.kind === 'remaining' && last.ms > 4000)).toBe(true);
  });

  it('says "almost done" only near the end, and keeps saying it', () => {
    const total = 10_000;
    const samples = run((t) => Math.min(1, t / total), total + 2000);
    const first = samples.findIndex(({ estimate }) => estimate.kind === 'almost-done');
    expect(first).toBeGreaterThan(-1);
    expect(samples[first]!.fraction).toBeGreaterThanOrEqual(0.95);
    expect(samples.slice(first).every(({ estimate }) => estimate.kind === 'almost-done')).toBe(true);
  });

  it('starts over when the fraction goes backwards (a new run)', () => {
    let state = updateEta(null, 0, 0);
    for (let t = 100; t <= 8000; t += 100) state = updateEta(state, t / 10_000, t);
    expect(state.estimate.kind).toBe('remaining');
    state = updateEta(state, 0.01, 8100);
    expect(state.estimate.kind).toBe('unknown');
    expect(state.startedAt).toBe(8100);
  });

  it('tells a step reported in big batches after a slow start, and only says "almost done" at the end', () => {
    // Nothing for 3 s (a model loads), then 8 % every 2 s: done at 28 s.
    const fractionAt = (t: number) => (t < 3000 ? 0 : Math.min(1, Math.floor((t - 3000) / 2000) * 0.08));
    const samples = run(fractionAt, 30_000);
    const told = samples.filter(({ estimate }) => estimate.kind === 'remaining');
    expect(told.length).toBeGreaterThan(50);
    for (const { t, estimate } of told) {
      const actual = 28_000 - t;
      expect(msOf(estimate)!).toBeGreaterThan(0.5 * actual);
      expect(msOf(estimate)!).toBeLessThan(2 * actual + 2000);
    }
    for (const { fraction, estimate } of samples) if (estimate.kind === 'almost-done') expect(fraction).toBeGreaterThanOrEqual(0.95);
  });

  it('ignores samples that repeat a time or carry NaN', () => {
    const state = startEta(0.2, 100);
    expect(updateEta(state, 0.2, 100)).toBe(state);
    expect(updateEta(state, 0.3, 100)).toBe(state);
    expect(updateEta(state, Number.NaN, 200).lastFraction).toBe(0.2);
    expect(startEta(Number.NaN, 0).lastFraction).toBe(0);
  });

  it('measures from where it started watching (mounted mid-step)', () => {
    // Work runs at 1 % per second; the estimator joins at 50 %.
    const samples = run((t) => 0.5 + t / 100_000, 20_000, 200);
    const last = samples.at(-1)!;
    expect(last.estimate.kind).toBe('remaining');
    const actual = (1 - last.fraction) * 100_000;
    expect(Math.abs(msOf(last.estimate)! - actual)).toBeLessThan(0.15 * actual);
  });
});

describe('formatting', () => {
  it('rounds up, never below one second', () => {
    expect(formatRemaining(0)).toBe('1 second');
    expect(formatRemaining(200)).toBe('1 second');
    expect(formatRemaining(1001)).toBe('2 seconds');
    expect(formatRemaining(9000)).toBe('9 seconds');
    expect(formatRemaining(11_000)).toBe('15 seconds');
    expect(formatRemaining(56_000)).toBe('1 minute');
    expect(formatRemaining(61_000)).toBe('2 minutes');
    expect(formatRemaining(3_600_000)).toBe('1 hour');
    expect(formatRemaining(4_200_000)).toBe('1 hour 10 minutes');
    expect(formatRemaining(Number.NaN)).toBe('1 second');
  });

  it('phrases each kind of estimate', () => {
    expect(formatEta({ kind: 'unknown' })).toBeNull();
    expect(formatEta({ kind: 'almost-done' })).toBe('almost done');
    expect(formatEta({ kind: 'remaining', ms: 42_000 })).toBe('about 45 seconds');
    expect(etaPhrase({ kind: 'remaining', ms: 150_000 }, 'this step')).toBe('about 3 minutes left in this step');
    expect(etaPhrase({ kind: 'remaining', ms: 1000 })).toBe('about 1 second left');
    expect(etaPhrase({ kind: 'almost-done' }, 'this step')).toBe('almost done with this step');
    expect(etaPhrase({ kind: 'unknown' }, 'this step')).toBeNull();
    expect(etaPhrase({ kind: 'remaining', ms: 800 })).not.toMatch(/under a second/);
  });

  it('compares estimates as they read', () => {
    expect(sameEta({ kind: 'remaining', ms: 4100 }, { kind: 'remaining', ms: 4900 })).toBe(true);
    expect(sameEta({ kind: 'remaining', ms: 4100 }, { kind: 'remaining', ms: 5100 })).toBe(false);
    expect(sameEta({ kind: 'unknown' }, { kind: 'almost-done' })).toBe(false);
  });
});
