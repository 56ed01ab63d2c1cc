/**
 * Trains the user's categories: a head (logistic or MLP) on the labelled conversation vectors,
 * scored by stratified cross-validation next to the zero-shot prototypes (category name +
 * description embeddings) and their ensemble, plus a learning curve over the first n labels.
 * Pure: the ML worker calls it with cached vectors, tests call it with synthetic ones.
 */
import { crossValidate, evaluateProbabilities, fit, subset, type Classifier, type FitConfig, type Metrics, type ModelKind, type TrainingSet } from '../train';
import { combineEnsemble, type EnsembleMember, type EnsembleMethod } from '../train/ensemble/combine';
import { prototypeProbabilities } from '../train/ensemble/prototypes';
import { labelledClassCount, MIN_LABELS } from './training-set';
import type { LearningPoint, MemberScore } from './types';

export const HEAD_MEMBER = 'Trained head';
export const PROTOTYPE_MEMBER = 'Category descriptions (zero-shot)';

export interface TrainCategoriesOptions {
  model: ModelKind;
  method: EnsembleMethod;
  seed: number;
  signal?: AbortSignal;
}

/** Below this many labels early stopping's validation slice would be one or two rows: train a fixed budget instead. */
const EARLY_STOPPING_FROM = 40;

export function headConfig(model: ModelKind, count: number, seed: number): FitConfig {
  const early = count >= EARLY_STOPPING_FROM ? { earlyStopping: {} } : {};
  return model === 'logistic' ? { model, seed, l2: 1e-2, maxIterations: 150, ...early } : { model, seed, l2: 1e-3, hidden: 32, maxIterations: 40, ...early };
}

export function foldCount(count: number): number {
  return Math.max(2, Math.min(5, count));
}

export interface EnsembleEvaluation {
  folds: number;
  members: MemberScore[];
  ensemble: Metrics;
}

const metricsOf = ({ accuracy, macroF1, logLoss, ece }: Metrics): Metrics => ({ accuracy, macroF1, logLoss, ece });

/** Out-of-fold scores of the head, of the prototypes (they never see labels) and of their ensemble. */
export async function evaluateEnsemble(set: TrainingSet, prototypes: Float32Array, options: TrainCategoriesOptions): Promise<EnsembleEvaluation> {
  const folds = foldCount(set.count);
  const cv = await crossValidate(set, (fitSet, fold) => fit(fitSet, headConfig(options.model, fitSet.count, options.seed + fold)).classifier, {
    folds,
    seed: options.seed,
    signal: options.signal,
  });
  const zeroShot = prototypeProbabilities(set.vectors, set.count, prototypes, { dim: set.dims });
  const zeroShotMetrics = metricsOf(evaluateProbabilities(set.labels, zeroShot, set.classes));
  const members: EnsembleMember[] = [
    { name: HEAD_MEMBER, probabilities: cv.outOfFold, weight: cv.mean.macroF1 },
    { name: PROTOTYPE_MEMBER, probabilities: zeroShot, weight: zeroShotMetrics.macroF1 },
  ];
  const combined = combineEnsemble({ members, method: options.method, count: set.count, classes: set.classes });
  return {
    folds,
    members: [
      { name: HEAD_MEMBER, metrics: cv.mean, weight: combined.members[0]!.weight },
      { name: PROTOTYPE_MEMBER, metrics: zeroShotMetrics, weight: combined.members[1]!.weight },
    ],
    ensemble: metricsOf(evaluateProbabilities(set.labels, combined.probabilities, set.classes)),
  };
}

/** Label counts for the learning curve: from the minimum to all, at most `points` of them. */
export function curveSizes(count: number, points = 6): number[] {
  if (count < MIN_LABELS) return [];
  const steps = Math.min(points, count - MIN_LABELS + 1);
  if (steps === 1) return [count];
  return [...new Set(Array.from({ length: steps }, (_, i) => Math.round(MIN_LABELS + ((count - MIN_LABELS) * i) / (steps - 1))))];
}

/**
 * Macro-F1 of each member and the ensemble after the first n labels, for each n of `curveSizes`;
 * `full` (the evaluation on every label) is reused for the last point.
 */
export async function learningCurve(set: TrainingSet, prototypes: Float32Array, options: TrainCategoriesOptions, full?: EnsembleEvaluation): Promise<LearningPoint[]> {
  const points: LearningPoint[] = [];
  for (const size of curveSizes(set.count)) {
    const prefix = size === set.count ? set : subset(set, Array.from({ length: size }, (_, i) => i));
    if (labelledClassCount(prefix) < 2) continue;
    const evaluation = size === set.count && full ? full : await evaluateEnsemble(prefix, prototypes, options);
    points.push({ labels: size, head: evaluation.members[0]!.metrics.macroF1, zeroShot: evaluation.members[1]!.metrics.macroF1, ensemble: evaluation.ensemble.macroF1 });
  }
  return points;
}

/** The head on every label, for classifying all conversations. */
export function fitCategoryHead(set: TrainingSet, options: Pick<TrainCategoriesOptions, 'model' | 'seed'>): Classifier {
  return fit(set, headConfig(options.model, set.count, options.seed)).classifier;
}

/** Every conversation's category by the ensemble of the head and the prototypes. */
export function classifyWithEnsemble(options: {
  head: Classifier;
  prototypes: Float32Array;
  vectors: Float32Array;
  count: number;
  dims: number;
  method: EnsembleMethod;
  /** Member weights in member order (the cross-validated macro-F1s) for `weighted`. */
  weights: readonly number[];
}): { predictions: Int32Array; confidence: Float32Array } {
  const { head, prototypes, vectors, count, dims, method, weights } = options;
  const classes = head.classes;
  const members: EnsembleMember[] = [
    { name: HEAD_MEMBER, probabilities: head.predictProba(vectors, count), weight: weights[0] },
    { name: PROTOTYPE_MEMBER, probabilities: prototypeProbabilities(vectors, count, prototypes, { dim: dims }), weight: weights[1] },
  ];
  const combined = combineEnsemble({ members, method, count, classes });
  const confidence = Float32Array.from(combined.predictions, (predicted, row) => combined.probabilities[row * classes + predicted]!);
  return { predictions: combined.predictions, confidence };
}
