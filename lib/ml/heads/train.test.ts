import { describe, expect, it } from 'vitest';
import { Rng } from '../../demo/prng';
import { f1Report } from './metrics';
import { runLayers } from './predict';
import { balancedWeights, trainMlp, trainSoftmax, type TrainingSet } from './train';

/** Three Gaussian blobs in 16-d, unbalanced (200/100/40), offset so the scaler has work to do. */
function blobs(seed: number): TrainingSet {
  const rng = new Rng(seed);
  const dims = 16;
  const sizes = [200, 100, 40];
  const count = sizes.reduce((a, b) => a + b, 0);
  const vectors = new Float32Array(count * dims);
  const labels = new Int32Array(count);
  let row = 0;
  sizes.forEach((size, k) => {
    for (let n = 0; n < size; n++, row++) {
      labels[row] = k;
      for (let d = 0; d < dims; d++) vectors[row * dims + d] = 5 + (d % 3 === k ? 1.5 : 0) + (rng.next() - 0.5);
    }
  });
  return { vectors, labels, count, dims, classes: 3 };
}

const accuracy = (set: TrainingSet, layers: ReturnType<typeof trainSoftmax>) =>
  f1Report(set.labels, runLayers(layers, set.vectors, set.count).labelIndex, set.classes);

describe('trainer', () => {
  it('weights classes inversely to their size', () => {
    expect(Array.from(balancedWeights(blobs(1)))).toEqual([340 / 600, 340 / 300, 340 / 120]);
  });

  it('softmax regression learns a separable problem', () => {
    const layers = trainSoftmax(blobs(1), { l2: 1e-3, steps: 100 });
    const report = accuracy(blobs(2), layers);
    expect(report.macroF1).toBeGreaterThan(0.98);
  });

  it('the MLP learns it too, and is deterministic for a seed', () => {
    const options = { hidden: 8, l2: 1e-4, epochs: 20, seed: 3, batchSize: 16, learningRate: 5e-3 };
    const layers = trainMlp(blobs(1), options);
    expect(accuracy(blobs(2), layers).macroF1).toBeGreaterThan(0.98);
    const again = trainMlp(blobs(1), options);
    expect(Array.from(again[0]!.weights)).toEqual(Array.from(layers[0]!.weights));
    expect(Array.from(again[1]!.bias)).toEqual(Array.from(layers[1]!.bias));
  });
});

describe('f1Report', () => {
  it('computes per-label and macro F1 over the labels present', () => {
    // truth 0,0,1,1 predicted 0,1,1,1: F1(0) = 2/3, F1(1) = 0.8, label 2 absent everywhere.
    const report = f1Report([0, 0, 1, 1], [0, 1, 1, 1], 3);
    expect(report.perLabel[0]).toBeCloseTo(2 / 3);
    expect(report.perLabel[1]).toBeCloseTo(0.8);
    expect(report.perLabel[2]).toBeNull();
    expect(report.macroF1).toBeCloseTo((2 / 3 + 0.8) / 2);
    expect(report.matrix).toEqual([
      [1, 1, 0],
      [0, 2, 0],
      [0, 0, 0],
    ]);
  });
});
