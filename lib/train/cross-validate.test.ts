import { describe, expect, it } from 'vitest';
import { classifierFrom } from './classifier';
import { crossValidate } from './cross-validate';
import { fit } from './fit';
import { clusters } from './synthetic';
import type { Classifier, TrainingSet } from './types';

/** Predicts the training rows' class frequencies for every input: metrics follow from counts alone. */
function priorClassifier(fitSet: TrainingSet): Classifier {
  const prior = new Float32Array(fitSet.classes);
  for (const label of fitSet.labels) prior[label]! += 1 / fitSet.count;
  return {
    ...classifierFrom('logistic', [{ inputs: fitSet.dims, outputs: fitSet.classes, weights: new Float32Array(fitSet.dims * fitSet.classes), bias: new Float32Array(fitSet.classes) }]),
    predictProba: (_vectors, count) => {
      const out = new Float32Array(count * fitSet.classes);
      for (let row = 0; row < count; row++) out.set(prior, row * fitSet.classes);
      return out;
    },
  };
}

describe('crossValidate', () => {
  it('matches the hand computation on a toy set', async () => {
    // 6 rows of class 0 and 3 of class 1 in 3 stratified folds: every fold holds out 2 + 1 and trains
    // on 4 + 2, so it predicts p = (2/3, 1/3) for each row, i.e. always class 0.
    const labels = Int32Array.from([0, 1, 0, 0, 1, 0, 0, 1, 0]);
    const set: TrainingSet = { vectors: new Float32Array(9), labels, count: 9, dims: 1, classes: 2 };
    const cv = await crossValidate(set, priorClassifier, { folds: 3, seed: 11 });
    expect(cv.folds).toHaveLength(3);
    for (const { heldOut, metrics } of cv.folds) {
      expect(heldOut.map((row) => labels[row]).sort()).toEqual([0, 0, 1]);
      expect(metrics.accuracy).toBeCloseTo(2 / 3, 10);
      // Class 0: tp 2, actual 2, guessed 3 → F1 = 4/5; class 1 is never guessed → F1 = 0.
      expect(metrics.macroF1).toBeCloseTo(0.4, 10);
      expect(metrics.logLoss).toBeCloseTo(-(2 * Math.log(2 / 3) + Math.log(1 / 3)) / 3, 6);
      // One bin (confidence 2/3) whose accuracy is 2/3: perfectly calibrated.
      expect(metrics.ece).toBeCloseTo(0, 6);
    }
    expect(cv.mean.accuracy).toBeCloseTo(2 / 3, 10);
    expect(cv.mean.macroF1).toBeCloseTo(0.4, 10);
    expect(cv.outOfFold[2]).toBeCloseTo(2 / 3, 6);
    expect(cv.outOfFold[17]).toBeCloseTo(1 / 3, 6);
  });

  it('scores a logistic model perfectly on separable clusters, fold by fold', async () => {
    const set = clusters(3, { classes: 3, perClass: 20, dims: 6 });
    const cv = await crossValidate(set, (fitSet) => fit(fitSet, { model: 'logistic', l2: 1e-3, seed: 1, maxIterations: 100 }).classifier, { folds: 5, seed: 2 });
    expect(cv.folds.map((f) => f.metrics.accuracy)).toEqual([1, 1, 1, 1, 1]);
    expect(cv.mean.macroF1).toBe(1);
  });

  it('stops between folds when aborted', async () => {
    const set = clusters(3, { classes: 2, perClass: 10, dims: 2 });
    const controller = new AbortController();
    const run = crossValidate(set, (fitSet, fold) => {
      if (fold === 1) controller.abort(new Error('cancelled by test'));
      return priorClassifier(fitSet);
    }, { folds: 4, seed: 1, signal: controller.signal });
    await expect(run).rejects.toThrow('cancelled by test');
  });
});
