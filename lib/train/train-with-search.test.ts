import { describe, expect, it } from 'vitest';
import { evaluateProbabilities } from './metrics';
import { clusters } from './synthetic';
import { trainWithSearch } from './train-with-search';

describe('trainWithSearch', () => {
  it('picks hyperparameters by CV macro-F1 and trains the final model on all the data', async () => {
    const set = clusters(1, { classes: 3, perClass: 30, dims: 8, separation: 1 });
    const progress: number[] = [];
    const result = await trainWithSearch(set, {
      model: 'logistic',
      search: { method: 'random', budget: 4 },
      folds: 3,
      seed: 7,
      maxIterations: 100,
      onTrial: (trial) => progress.push(trial.index),
    });
    expect(progress).toEqual([0, 1, 2, 3]);
    expect(result.search.trials).toHaveLength(4);
    expect(result.params).toEqual(result.search.best.params);
    expect(result.crossValidation.mean.macroF1).toBe(result.search.best.score);
    expect(result.crossValidation.folds).toHaveLength(3);
    expect(result.iterations).toBeGreaterThan(0);
    expect(result.iterations).toBeLessThanOrEqual(100);
    const test = clusters(2, { classes: 3, perClass: 30, dims: 8, separation: 1 });
    expect(evaluateProbabilities(test.labels, result.classifier.predictProba(test.vectors, test.count), 3).accuracy).toBeGreaterThan(0.95);
  });

  it('searches an MLP’s categorical hidden size with the genetic method, deterministically', async () => {
    const set = clusters(3, { classes: 2, perClass: 20, dims: 4 });
    const options = { model: 'mlp' as const, search: { method: 'genetic' as const, budget: 3, genetic: { populationSize: 3, elite: 1 } }, folds: 2, seed: 1, maxIterations: 20 };
    const result = await trainWithSearch(set, options);
    expect([16, 32, 64, 128]).toContain(result.params.hidden);
    expect(result.classifier.layers[0]!.outputs).toBe(result.params.hidden);
    expect((await trainWithSearch(set, options)).classifier.layers).toEqual(result.classifier.layers);
  });

  it('rejects a non-numeric value for a numeric hyperparameter', async () => {
    const set = clusters(3, { classes: 2, perClass: 10, dims: 2 });
    const run = trainWithSearch(set, { model: 'logistic', search: { method: 'grid', budget: 1, space: { l2: { type: 'categorical', values: ['high'] } } }, folds: 2, seed: 1 });
    await expect(run).rejects.toThrow(/param "l2" must be a number, got "high"/);
  });
});
