/**
 * Before/after scores of an adaptation on the user's own corrections. "Before" is the shipped
 * head on every correction; "after" is cross-validated (each fold adapted without the corrections
 * it is scored on), so the gain shown is not the head remembering the answers.
 */
import { classifierFrom, crossValidate, evaluateProbabilities, type Metrics, type TrainingSet } from '../train';
import type { Layer } from '../ml/heads/format';
import { adaptOutputLayer, layerProbabilities, type AdaptOptions } from './adapt-head';
import { foldCount } from './train-categories';

export interface AdaptationResult {
  before: Metrics;
  after: Metrics;
  folds: number;
  /** Adapted on every correction: the head to store and use. */
  layers: Layer[];
}

const metricsOf = ({ accuracy, macroF1, logLoss, ece }: Metrics): Metrics => ({ accuracy, macroF1, logLoss, ece });

export const MIN_CORRECTIONS = 4;

export async function evaluateAdaptation(shipped: readonly Layer[], set: TrainingSet, options: AdaptOptions & { seed: number; signal?: AbortSignal }): Promise<AdaptationResult> {
  if (set.count < MIN_CORRECTIONS) throw new Error(`Correct at least ${MIN_CORRECTIONS} predictions first (${set.count} so far).`);
  const before = metricsOf(evaluateProbabilities(set.labels, layerProbabilities(shipped, set.vectors, set.count), set.classes));
  const folds = foldCount(set.count);
  const cv = await crossValidate(set, (fitSet) => classifierFrom('mlp', adaptOutputLayer(shipped, fitSet, options)), { folds, seed: options.seed, signal: options.signal });
  return { before, after: cv.mean, folds, layers: adaptOutputLayer(shipped, set, options) };
}
