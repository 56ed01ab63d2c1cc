/**
 * Trains one logistic-regression or MLP classifier with the heads' optimiser (lib/ml/heads/train),
 * optionally with early stopping: a stratified validation slice is held out, its log loss is checked
 * every `evaluateEvery` steps (logistic, full-batch) or every epoch (MLP), training stops after
 * `patience` checks without improvement, and the best checkpoint's weights are returned.
 */
import { trainMlp, trainSoftmax } from '../ml/heads/train';
import { classifierFrom } from './classifier';
import { stratifiedHoldout } from './data';
import { evaluateProbabilities } from './metrics';
import type { Classifier, Layer, ModelKind, TrainingSet } from './types';

export interface FitConfig {
  model: ModelKind;
  /** L2 penalty on the weights. */
  l2: number;
  /** Adam step size; defaults to the heads' (0.02 logistic, 1e-3 MLP). */
  learningRate?: number;
  /** MLP hidden units (default 64). */
  hidden?: number;
  /** MLP mini-batch size (default 64). */
  batchSize?: number;
  /** Upper bound on training: full-batch steps (logistic, default 300) or epochs (MLP, default 50). */
  maxIterations?: number;
  /** Seeds the MLP's init and shuffles and the validation split. */
  seed: number;
  /** Early stopping; leave out to train for exactly maxIterations on all of `set`. */
  earlyStopping?: EarlyStopping;
}

export interface EarlyStopping {
  /** Share of each class held out for validation (default 0.15). */
  validationShare?: number;
  /** Checks without a better validation loss before stopping (default 5). */
  patience?: number;
  /** Logistic only: steps between checks (default 10). */
  evaluateEvery?: number;
  /** Improvement smaller than this does not count (default 1e-4). */
  minDelta?: number;
}

export interface Checkpoint {
  /** Step (logistic) or epoch (MLP) at which the validation slice was scored. */
  iteration: number;
  validationLoss: number;
  validationMacroF1: number;
}

export interface FitResult {
  classifier: Classifier;
  /** Iteration whose weights were kept (maxIterations without early stopping). */
  bestIteration: number;
  /** Iteration at which training ended. */
  stoppedIteration: number;
  /** One entry per validation check; empty without early stopping. */
  history: Checkpoint[];
}

const DEFAULT_ITERATIONS: Record<ModelKind, number> = { logistic: 300, mlp: 50 };

/** Runs the heads' trainer, calling `check(iteration, layers)` after each step/epoch; true stops it. */
function runTrainer(set: TrainingSet, config: FitConfig, iterations: number, check?: (iteration: number, layers: () => Layer[]) => boolean): Layer[] {
  if (config.model === 'logistic') {
    return trainSoftmax(set, { l2: config.l2, steps: iterations, learningRate: config.learningRate, onStep: check });
  }
  return trainMlp(set, {
    hidden: config.hidden ?? 64,
    l2: config.l2,
    epochs: iterations,
    seed: config.seed,
    batchSize: config.batchSize,
    learningRate: config.learningRate,
    onEpoch: check && ((epoch, layers) => check(epoch, () => layers)),
  });
}

export function fit(set: TrainingSet, config: FitConfig): FitResult {
  if (set.count === 0) throw new Error('fit: the training set is empty');
  const iterations = config.maxIterations ?? DEFAULT_ITERATIONS[config.model];
  if (!config.earlyStopping) {
    const layers = runTrainer(set, config, iterations);
    return { classifier: classifierFrom(config.model, layers), bestIteration: iterations, stoppedIteration: iterations, history: [] };
  }
  const { validationShare = 0.15, patience = 5, evaluateEvery = 10, minDelta = 1e-4 } = config.earlyStopping;
  const { fit: fitSet, validation } = stratifiedHoldout(set, validationShare, config.seed);
  if (validation.count === 0 || fitSet.count === 0) throw new Error(`fit: ${set.count} rows are too few to hold out ${validationShare} for early stopping`);
  const every = config.model === 'logistic' ? evaluateEvery : 1;
  const history: Checkpoint[] = [];
  let best: { layers: Layer[]; iteration: number; loss: number } | undefined;
  let stoppedIteration = iterations;
  const finalLayers = runTrainer(fitSet, config, iterations, (iteration, layers) => {
    if (iteration % every !== 0 && iteration !== iterations) return false;
    const snapshot = layers();
    const scores = evaluateProbabilities(validation.labels, classifierFrom(config.model, snapshot).predictProba(validation.vectors, validation.count), set.classes);
    history.push({ iteration, validationLoss: scores.logLoss, validationMacroF1: scores.macroF1 });
    if (!best || scores.logLoss < best.loss - minDelta) best = { layers: snapshot, iteration, loss: scores.logLoss };
    const checksSinceBest = history.length - 1 - history.findIndex((c) => c.iteration === best!.iteration);
    if (checksSinceBest >= patience) {
      stoppedIteration = iteration;
      return true;
    }
    return false;
  });
  const kept = best ?? { layers: finalLayers, iteration: stoppedIteration };
  return { classifier: classifierFrom(config.model, kept.layers), bestIteration: kept.iteration, stoppedIteration, history };
}
