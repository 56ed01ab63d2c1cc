import { describe, expect, it } from 'vitest';
import type { Layer } from '../ml/heads/format';
import { clusters } from '../train/synthetic';
import { adaptOutputLayer, layerProbabilities } from './adapt-head';
import { evaluateAdaptation } from './adapt-evaluation';

const DIMS = 8;
/** A "shipped" one-hidden-layer head: identity-like hidden layer, output layer that gets the classes backwards. */
const hidden: Layer = { inputs: DIMS, outputs: DIMS, weights: Float32Array.from({ length: DIMS * DIMS }, (_, i) => (i % (DIMS + 1) === 0 ? 1 : 0)), bias: new Float32Array(DIMS) };
const backwards: Layer = {
  inputs: DIMS,
  outputs: 2,
  weights: Float32Array.from({ length: 2 * DIMS }, (_, i) => ((i % DIMS) % 2 === Math.floor(i / DIMS) ? -1 : 1)),
  bias: new Float32Array(2),
};
const shipped = [hidden, backwards];
const set = clusters(5, { classes: 2, perClass: 10, dims: DIMS, separation: 1 });
const accuracy = (layers: Layer[]) => {
  const p = layerProbabilities(layers, set.vectors, set.count);
  return set.labels.reduce((hits, label, row) => hits + (p[row * 2 + label]! > 0.5 ? 1 : 0), 0) / set.count;
};

describe('adapting a shipped head', () => {
  it('keeps the hidden layers and fixes the output layer from the corrections', () => {
    expect(accuracy(shipped)).toBe(0);
    const adapted = adaptOutputLayer(shipped, set, { steps: 200, learningRate: 0.05 });
    expect(adapted[0]).toBe(hidden);
    expect(accuracy(adapted)).toBe(1);
  });

  it('reports before and cross-validated after scores', async () => {
    const result = await evaluateAdaptation(shipped, set, { seed: 1, steps: 200, learningRate: 0.05 });
    expect(result.before.accuracy).toBe(0);
    expect(result.after.accuracy).toBe(1);
    expect(result.folds).toBe(5);
  });

  it('asks for enough corrections', async () => {
    await expect(evaluateAdaptation(shipped, { ...set, count: 2, labels: set.labels.subarray(0, 2), vectors: set.vectors.subarray(0, 2 * DIMS) }, { seed: 1 })).rejects.toThrow(/at least 4/);
  });
});
