/**
 * Picks a model's hyperparameters by cross-validated macro-F1 and trains the final model on all the
 * data. Each trial trains every fold with early stopping; the final model trains without a holdout
 * for the mean best iteration of the winning trial's folds.
 */
import { crossValidate, type CrossValidation } from './cross-validate';
import { fit, type FitConfig } from './fit';
import { search, type SearchOptions, type SearchResult } from './search/search';
import type { Params, Space } from './search/space';
import type { Classifier, ModelKind, TrainingSet } from './types';

/** Sensible ranges for the heads' optimiser on sentence vectors. */
export const DEFAULT_SPACES: Record<ModelKind, Space> = {
  logistic: {
    l2: { type: 'float', min: 1e-4, max: 1, scale: 'log' },
    learningRate: { type: 'float', min: 3e-3, max: 0.1, scale: 'log' },
  },
  mlp: {
    l2: { type: 'float', min: 1e-4, max: 1e-1, scale: 'log' },
    learningRate: { type: 'float', min: 3e-4, max: 1e-2, scale: 'log' },
    hidden: { type: 'categorical', values: [16, 32, 64, 128] },
  },
};

export interface TrainWithSearchOptions {
  model: ModelKind;
  search: Pick<SearchOptions, 'method' | 'budget' | 'gridSteps' | 'tpe' | 'genetic'> & { space?: Space };
  folds: number;
  seed: number;
  /** Cap on steps (logistic) or epochs (MLP) per training run. */
  maxIterations?: number;
  signal?: AbortSignal;
  /** After each trial: its index, score and the best so far, e.g. for a progress bar. */
  onTrial?: SearchOptions['onTrial'];
}

export interface TrainWithSearchResult {
  classifier: Classifier;
  /** The chosen hyperparameters, as the search proposed them. */
  params: Params;
  /** Steps or epochs the final model trained for. */
  iterations: number;
  /** Cross-validation of the chosen hyperparameters. */
  crossValidation: CrossValidation;
  search: SearchResult;
}

const numberParam = (params: Params, name: string): number | undefined => {
  const value = params[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'number') throw new Error(`trainWithSearch: param "${name}" must be a number, got ${JSON.stringify(value)}`);
  return value;
};

function configFrom(model: ModelKind, params: Params, seed: number, maxIterations: number | undefined): FitConfig {
  return {
    model,
    seed,
    l2: numberParam(params, 'l2') ?? 1e-2,
    learningRate: numberParam(params, 'learningRate'),
    hidden: numberParam(params, 'hidden'),
    batchSize: numberParam(params, 'batchSize'),
    maxIterations: numberParam(params, 'maxIterations') ?? maxIterations,
  };
}

export async function trainWithSearch(set: TrainingSet, options: TrainWithSearchOptions): Promise<TrainWithSearchResult> {
  const { model, folds, seed, signal } = options;
  const runs = new Map<number, { crossValidation: CrossValidation; iterations: number }>();
  const result = await search({
    ...options.search,
    space: options.search.space ?? DEFAULT_SPACES[model],
    seed,
    signal,
    onTrial: options.onTrial,
    objective: async (params, { trial }) => {
      const config = configFrom(model, params, seed, options.maxIterations);
      const bestIterations: number[] = [];
      const crossValidation = await crossValidate(
        set,
        (fitSet, fold) => {
          const run = fit(fitSet, { ...config, seed: seed + fold, earlyStopping: {} });
          bestIterations.push(run.bestIteration);
          return run.classifier;
        },
        { folds, seed, signal },
      );
      const iterations = Math.max(1, Math.round(bestIterations.reduce((a, b) => a + b, 0) / bestIterations.length));
      runs.set(trial, { crossValidation, iterations });
      return crossValidation.mean.macroF1;
    },
  });
  const chosen = runs.get(result.best.index)!;
  const final = fit(set, { ...configFrom(model, result.best.params, seed, options.maxIterations), maxIterations: chosen.iterations });
  return { classifier: final.classifier, params: result.best.params, iterations: chosen.iterations, crossValidation: chosen.crossValidation, search: result };
}
