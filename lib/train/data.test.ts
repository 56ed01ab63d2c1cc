import { describe, expect, it } from 'vitest';
import { complement, stratifiedFolds, stratifiedHoldout, subset } from './data';
import { clusters } from './synthetic';

const labels = Int32Array.from([0, 0, 0, 0, 0, 0, 1, 1, 1, 2, 2, 2]);

describe('stratifiedFolds', () => {
  it('partitions every row once and spreads each class evenly', () => {
    const folds = stratifiedFolds(labels, 3, 3, 7);
    expect(folds.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i));
    for (const fold of folds) expect(fold.map((row) => labels[row])).toEqual([0, 0, 1, 2]);
  });

  it('is deterministic for a seed and differs across seeds', () => {
    expect(stratifiedFolds(labels, 3, 3, 7)).toEqual(stratifiedFolds(labels, 3, 3, 7));
    expect(stratifiedFolds(labels, 3, 3, 7)).not.toEqual(stratifiedFolds(labels, 3, 3, 8));
  });

  it('rejects impossible requests', () => {
    expect(() => stratifiedFolds(labels, 3, 1, 1)).toThrow(/at least 2 folds/);
    expect(() => stratifiedFolds(labels, 3, 13, 1)).toThrow(/cannot fill 13 folds/);
    expect(() => stratifiedFolds(Int32Array.from([0, 3]), 3, 2, 1)).toThrow(/label 3 at row 1/);
  });
});

describe('subsets', () => {
  it('copies the chosen rows and takes the complement', () => {
    const set = clusters(1, { classes: 2, perClass: 3, dims: 2 });
    const part = subset(set, [4, 1]);
    expect(Array.from(part.vectors)).toEqual([...set.vectors.slice(8, 10), ...set.vectors.slice(2, 4)]);
    expect(Array.from(part.labels)).toEqual([0, 1]);
    expect(complement(6, [4, 1])).toEqual([0, 2, 3, 5]);
  });

  it('holds out round(share · n_k) of each class', () => {
    const set = clusters(1, { classes: 3, perClass: 10, dims: 2 });
    const { fit, validation } = stratifiedHoldout(set, 0.2, 5);
    expect(validation.count).toBe(6);
    expect(fit.count).toBe(24);
    expect(Array.from(validation.labels).sort()).toEqual([0, 0, 1, 1, 2, 2]);
  });
});
