import { describe, expect, it } from 'vitest';
import { search, type SearchOptions } from './search';
import type { Params, Space } from './space';
import type { SearchMethod } from './types';

/** A clear maximum of 0 at learningRate = 1e-2, y = 0.3, kind = 'b'; the other kinds cost 1. */
const space: Space = {
  learningRate: { type: 'float', min: 1e-5, max: 1, scale: 'log' },
  y: { type: 'float', min: 0, max: 1 },
  kind: { type: 'categorical', values: ['a', 'b', 'c'] },
};
const objective = (p: Params) => -((Math.log10(p.learningRate as number) + 2) ** 2) - 10 * ((p.y as number) - 0.3) ** 2 - (p.kind === 'b' ? 0 : 1);
const inOptimumRegion = (p: Params) => Math.abs(Math.log10(p.learningRate as number) + 2) < 0.75 && Math.abs((p.y as number) - 0.3) < 0.15 && p.kind === 'b';

const BUDGETS: Record<SearchMethod, number> = { grid: 75, random: 80, tpe: 60, genetic: 60 };
const run = (method: SearchMethod, seed = 42, extra: Partial<SearchOptions> = {}) => search({ space, objective, method, budget: BUDGETS[method], seed, ...extra });

describe('search', () => {
  for (const method of ['grid', 'random', 'tpe', 'genetic'] as const) {
    it(`${method} finds the optimum region within its budget, deterministically`, async () => {
      const result = await run(method);
      expect(result.trials.length).toBeLessThanOrEqual(BUDGETS[method]);
      expect(inOptimumRegion(result.best.params)).toBe(true);
      expect(result.best.score).toBe(Math.max(...result.trials.map((t) => t.score)));
      expect(await run(method)).toEqual(result);
      if (method !== 'grid') expect((await run(method, 43)).trials).not.toEqual(result.trials);
    });
  }

  it('grid enumerates every categorical value × evenly spaced numeric values on their scale', async () => {
    const result = await run('grid', 1, { budget: 100, gridSteps: 3 });
    expect(result.trials).toHaveLength(27);
    const rates = [...new Set(result.trials.map((t) => t.params.learningRate as number))].sort((a, b) => a - b);
    expect(rates.map((r) => Math.round(Math.log10(r) * 100) / 100)).toEqual([-5, -2.5, 0]);
    expect(result.trials.slice(0, 3).map((t) => t.params.kind)).toEqual(['a', 'b', 'c']);
  });

  it('TPE concentrates its later trials near the optimum more than random search', async () => {
    const meanLate = (trials: { score: number }[]) => trials.slice(30).reduce((sum, t) => sum + t.score, 0) / (trials.length - 30);
    for (const seed of [1, 2, 3]) {
      const tpe = await search({ space, objective, method: 'tpe', budget: 60, seed });
      const random = await search({ space, objective, method: 'random', budget: 60, seed });
      expect(meanLate(tpe.trials)).toBeGreaterThan(meanLate(random.trials));
    }
  });

  it('genetic keeps its elite: the best score never gets worse generation to generation', async () => {
    const result = await run('genetic', 5, { genetic: { populationSize: 10, elite: 2 } });
    // Generation 0 is 10 trials, each later one 8 children beside the 2 carried elites.
    const bestBy = (end: number) => Math.max(...result.trials.slice(0, end).map((t) => t.score));
    for (let end = 18; end <= 58; end += 8) expect(bestBy(end)).toBeGreaterThanOrEqual(bestBy(end - 8));
  });

  it('rounds int params and awaits async objectives', async () => {
    const result = await search({
      space: { layers: { type: 'int', min: 1, max: 8 } },
      objective: async (p) => -Math.abs((p.layers as number) - 5),
      method: 'random',
      budget: 30,
      seed: 9,
    });
    expect(result.trials.every((t) => Number.isInteger(t.params.layers))).toBe(true);
    expect(result.best.params.layers).toBe(5);
  });

  it('records non-finite scores as failed trials and reports progress', async () => {
    const seen: number[] = [];
    const result = await search({ space, objective: (p) => (p.kind === 'a' ? NaN : objective(p)), method: 'random', budget: 10, seed: 1, onTrial: (t) => seen.push(t.index) });
    expect(seen).toEqual([...Array(10).keys()]);
    expect(result.trials.filter((t) => t.params.kind === 'a').every((t) => t.score === -Infinity)).toBe(true);
  });

  it('stops when aborted and explains bad options', async () => {
    const controller = new AbortController();
    const aborted = search({ space, method: 'random', budget: 50, seed: 1, signal: controller.signal, objective: (p, { trial }) => (trial === 3 && controller.abort(new Error('stop now')), objective(p)) });
    await expect(aborted).rejects.toThrow('stop now');
    await expect(search({ space, objective, method: 'random', budget: 0, seed: 1 })).rejects.toThrow(/positive integer/);
    await expect(search({ space: {}, objective, method: 'random', budget: 5, seed: 1 })).rejects.toThrow(/no params/);
    await expect(search({ space: { x: { type: 'float', min: 0, max: 1, scale: 'log' } }, objective, method: 'random', budget: 5, seed: 1 })).rejects.toThrow(/min > 0/);
    await expect(search({ space, objective, method: 'anneal' as SearchMethod, budget: 5, seed: 1 })).rejects.toThrow(/unknown method "anneal"/);
  });
});
