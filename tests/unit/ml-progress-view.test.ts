import { describe, expect, it } from 'vitest';
import { formatDuration, progressView } from '@/components/dashboard/ml/ml-view';

describe('ML progressView', () => {
  it('is getting ready before the first report', () => {
    expect(progressView(null)).toMatchObject({ overall: null, label: 'Getting ready', step: 0, within: null, counts: null, eta: null });
  });

  it('counts a step that reports its steps, with the noun in the right number', () => {
    const view = progressView({ phase: 'embedding', done: 1200, total: 5000, etaMs: 400 });
    expect(view.label).toBe('Understanding each message');
    expect(view.within).toBeCloseTo(0.24);
    expect(view.counts).toBe('1,200 of 5,000 texts');
    expect(progressView({ phase: 'loading', done: 1, total: 1, etaMs: null }).counts).toBe('1 of 1 model');
  });

  it('ignores the worker’s per-report ETA: no time until the estimator trusts one', () => {
    const view = progressView({ phase: 'embedding', done: 4990, total: 5000, etaMs: 300 });
    expect(view.eta).toBeNull();
    expect(progressView({ phase: 'embedding', done: 100, total: 5000, etaMs: 300 }, { kind: 'remaining', ms: 125_000 }).eta).toBe('about 3 minutes left in this step');
    expect(progressView({ phase: 'embedding', done: 4990, total: 5000, etaMs: 300 }, { kind: 'almost-done' }).eta).toBe('almost done with this step');
  });

  it('shows no count, no step fraction and no time for a step that only reports its start', () => {
    for (const phase of ['reading', 'labelling', 'topics', 'saving'] as const) {
      const view = progressView({ phase, done: 0, total: 5000, etaMs: null }, { kind: 'remaining', ms: 800 });
      expect(view.counts).toBeNull();
      expect(view.within).toBeNull();
      expect(view.eta).toBeNull();
    }
  });

  it('moves the overall bar forward phase by phase', () => {
    const a = progressView({ phase: 'embedding', done: 5000, total: 5000, etaMs: null }).overall!;
    const b = progressView({ phase: 'labelling', done: 0, total: 5000, etaMs: null }).overall!;
    const c = progressView({ phase: 'saving', done: 0, total: 1, etaMs: null }).overall!;
    expect(a).toBeLessThanOrEqual(b);
    expect(b).toBeLessThan(c);
    expect(c).toBeLessThan(1);
  });

  it('never says "under a second"', () => {
    expect(formatDuration(950)).toBe('about 1 second');
    expect(formatDuration(42_000)).toBe('about 45 seconds');
    expect(formatDuration(150_000)).toBe('about 3 minutes');
  });
});
