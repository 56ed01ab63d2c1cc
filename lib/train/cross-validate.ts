/**
 * Seeded stratified k-fold cross-validation of any trainer: each fold is held out once, the model is
 * trained on the rest and scored on it. Also returns the out-of-fold probabilities, one row per input
 * row, for learning curves and ensembles.
 */
import { complement, stratifiedFolds, subset } from './data';
import { evaluateProbabilities, meanMetrics, type Evaluation, type Metrics } from './metrics';
import type { Classifier, TrainingSet } from './types';

export interface FoldResult {
  /** Held-out row indices, ascending. */
  heldOut: number[];
  metrics: Evaluation;
}

export interface CrossValidation {
  folds: FoldResult[];
  mean: Metrics;
  /** Row-major `count × classes`: each row predicted by the model that did not see it. */
  outOfFold: Float32Array;
}

export interface CrossValidateOptions {
  folds: number;
  seed: number;
  /** Checked between folds. */
  signal?: AbortSignal;
}

export async function crossValidate(
  set: TrainingSet,
  train: (fitSet: TrainingSet, fold: number) => Classifier | Promise<Classifier>,
  options: CrossValidateOptions,
): Promise<CrossValidation> {
  const heldOuts = stratifiedFolds(set.labels, set.classes, options.folds, options.seed);
  const outOfFold = new Float32Array(set.count * set.classes);
  const folds: FoldResult[] = [];
  for (const [fold, heldOut] of heldOuts.entries()) {
    options.signal?.throwIfAborted();
    const classifier = await train(subset(set, complement(set.count, heldOut)), fold);
    const test = subset(set, heldOut);
    const probabilities = classifier.predictProba(test.vectors, test.count);
    heldOut.forEach((row, i) => outOfFold.set(probabilities.subarray(i * set.classes, (i + 1) * set.classes), row * set.classes));
    folds.push({ heldOut, metrics: evaluateProbabilities(test.labels, probabilities, set.classes) });
  }
  return { folds, mean: meanMetrics(folds.map((f) => f.metrics)), outOfFold };
}
