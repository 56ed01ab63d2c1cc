import { describe, expect, it } from 'vitest';
import { Rng } from '../demo/prng';
import { trainMlp, trainSoftmax } from '../ml/heads/train';
import { stratifiedHoldout } from './data';
import { fit } from './fit';
import { argmaxRows, evaluateProbabilities } from './metrics';
import { clusters } from './synthetic';
import type { TrainingSet } from './types';

const accuracy = (set: TrainingSet, result: ReturnType<typeof fit>) =>
  evaluateProbabilities(set.labels, result.classifier.predictProba(set.vectors, set.count), set.classes).accuracy;

/** Labels drawn at random: nothing generalises, so validation loss rises once the MLP memorises. */
function noise(seed: number): TrainingSet {
  const rng = new Rng(seed);
  const count = 80;
  const dims = 32;
  return {
    vectors: Float32Array.from({ length: count * dims }, () => rng.next()),
    labels: Int32Array.from({ length: count }, (_, i) => i % 2),
    count,
    dims,
    classes: 2,
  };
}

describe('fit', () => {
  it('reaches full accuracy on separable clusters, logistic and MLP, on rows it never saw', () => {
    const train = clusters(1, { classes: 4, perClass: 40, dims: 12 });
    const test = clusters(2, { classes: 4, perClass: 40, dims: 12 });
    const logistic = fit(train, { model: 'logistic', l2: 1e-3, seed: 1, earlyStopping: {} });
    const mlp = fit(train, { model: 'mlp', l2: 1e-3, hidden: 16, seed: 1, learningRate: 1e-2, earlyStopping: {} });
    expect(accuracy(test, logistic)).toBe(1);
    expect(accuracy(test, mlp)).toBe(1);
    expect(logistic.classifier).toMatchObject({ kind: 'logistic', classes: 4 });
    expect(mlp.classifier.layers.map((l) => [l.inputs, l.outputs])).toEqual([[12, 16], [16, 4]]);
  });

  it('without early stopping is exactly the heads’ trainer', () => {
    const set = clusters(4, { classes: 3, perClass: 10, dims: 5 });
    const softmax = fit(set, { model: 'logistic', l2: 1e-2, seed: 1, maxIterations: 40 }).classifier.layers;
    expect(softmax).toEqual(trainSoftmax(set, { l2: 1e-2, steps: 40 }));
    const mlp = fit(set, { model: 'mlp', l2: 1e-2, hidden: 8, seed: 9, maxIterations: 3 }).classifier.layers;
    expect(mlp).toEqual(trainMlp(set, { hidden: 8, l2: 1e-2, epochs: 3, seed: 9 }));
  });

  it('leaves the heads’ weights unchanged when a hook watches but never stops', () => {
    const set = clusters(4, { classes: 3, perClass: 10, dims: 5 });
    let steps = 0;
    const watched = trainSoftmax(set, { l2: 1e-2, steps: 25, onStep: (step, layers) => void (steps = step, layers()) });
    expect(steps).toBe(25);
    expect(watched).toEqual(trainSoftmax(set, { l2: 1e-2, steps: 25 }));
  });

  it('stops an overfitting MLP early and restores the best epoch', () => {
    const set = noise(5);
    const seed = 3;
    const patience = 4;
    const result = fit(set, { model: 'mlp', l2: 0, hidden: 128, learningRate: 1e-2, batchSize: 16, seed, maxIterations: 200, earlyStopping: { patience, validationShare: 0.25 } });
    expect(result.stoppedIteration).toBeLessThan(200);
    expect(result.stoppedIteration).toBe(result.bestIteration + patience);
    const losses = result.history.map((c) => c.validationLoss);
    expect(result.history.map((c) => c.iteration)).toEqual(Array.from({ length: result.stoppedIteration }, (_, i) => i + 1));
    const bestLoss = Math.min(...losses);
    expect(result.history[result.bestIteration - 1]!.validationLoss).toBe(bestLoss);
    expect(losses.at(-1)!).toBeGreaterThan(bestLoss);
    // The kept weights are the best epoch's: re-scoring the same validation slice gives its loss.
    const { validation } = stratifiedHoldout(set, 0.25, seed);
    const kept = evaluateProbabilities(validation.labels, result.classifier.predictProba(validation.vectors, validation.count), 2);
    expect(kept.logLoss).toBeCloseTo(bestLoss, 10);
  });

  it('checks a logistic model every evaluateEvery steps', () => {
    const set = clusters(6, { classes: 2, perClass: 20, dims: 4 });
    const result = fit(set, { model: 'logistic', l2: 1e-3, seed: 1, maxIterations: 35, earlyStopping: { evaluateEvery: 10, patience: 100 } });
    expect(result.history.map((c) => c.iteration)).toEqual([10, 20, 30, 35]);
  });

  it('trains 500 vectors of 512 dims', () => {
    const set = clusters(7, { classes: 4, perClass: 125, dims: 512, separation: 0.3 });
    const logistic = fit(set, { model: 'logistic', l2: 1e-2, seed: 1, maxIterations: 100 });
    const mlp = fit(set, { model: 'mlp', l2: 1e-3, hidden: 32, seed: 1, maxIterations: 10 });
    for (const result of [logistic, mlp]) {
      expect(Array.from(argmaxRows(result.classifier.predictProba(set.vectors, 4), 4))).toEqual([0, 1, 2, 3]);
    }
  });

  it('explains bad input', () => {
    const empty: TrainingSet = { vectors: new Float32Array(0), labels: new Int32Array(0), count: 0, dims: 3, classes: 2 };
    expect(() => fit(empty, { model: 'logistic', l2: 0, seed: 1 })).toThrow(/empty/);
    const tiny = clusters(1, { classes: 2, perClass: 1, dims: 2 });
    expect(() => fit(tiny, { model: 'logistic', l2: 0, seed: 1, earlyStopping: {} })).toThrow(/too few to hold out/);
  });
});
