/**
 * One training job, start to finish, on whatever thread calls it: embed text rows with the
 * bundled encoder, pick hyperparameters by cross-validated search (or cross-validate the given
 * ones — a one-point search, so both paths share the library's trainer), train the final head.
 */
import { DEFAULT_SPACES, evaluateProbabilities, trainWithSearch, type Space, type TrainingSet } from '../../train';
import { textEncoder, VECTOR_ENCODER_ID } from './encoders';
import type { JobMetrics, JobWorkerInput, JobWorkerResult } from './protocol';
import { VECTOR_DIMS, type ModelSpec } from './schema';

const ENCODE_SHARE = 0.2;
const SEARCH_END = 0.95;

async function buildSet(input: JobWorkerInput, onProgress: (progress: number) => void, signal?: AbortSignal): Promise<{ set: TrainingSet; encoderId: string }> {
  const { rows, classes } = input;
  const vectors = new Float32Array(rows.length * VECTOR_DIMS);
  const labels = Int32Array.from(rows, (row) => classes.indexOf(row.label));
  const textRows = rows.flatMap((row, index) => ('text' in row ? [index] : []));
  let encoderId = VECTOR_ENCODER_ID;
  rows.forEach((row, index) => {
    if ('vector' in row) vectors.set(row.vector, index * VECTOR_DIMS);
  });
  if (textRows.length) {
    const encoder = await textEncoder(input.spec.encoder);
    encoderId = encoder.use.id;
    const texts = textRows.map((index) => (rows[index] as { text: string }).text);
    const embedded = await encoder.embed(texts, { signal, onProgress: (done) => onProgress((ENCODE_SHARE * done) / texts.length) });
    textRows.forEach((row, i) => vectors.set(embedded.subarray(i * VECTOR_DIMS, (i + 1) * VECTOR_DIMS), row * VECTOR_DIMS));
  }
  return { set: { vectors, labels, count: rows.length, dims: VECTOR_DIMS, classes: classes.length }, encoderId };
}

/** The model's own hyperparameters as single-value choices, so a search varies only what it is told to. */
function fixedSpace(model: ModelSpec): Space {
  const space: Space = {};
  for (const name of ['l2', 'learningRate', 'hidden', 'batchSize'] as const) {
    const value = model[name];
    if (value !== undefined) space[name] = { type: 'categorical', values: [value] };
  }
  if (Object.keys(space).length === 0) space.l2 = { type: 'categorical', values: [1e-2] };
  return space;
}

export async function trainJob(input: JobWorkerInput, onProgress: (progress: number) => void = () => {}, signal?: AbortSignal): Promise<JobWorkerResult> {
  const { spec, classes } = input;
  const { set, encoderId } = await buildSet(input, onProgress, signal);
  const start = set.count && input.rows.some((row) => 'text' in row) ? ENCODE_SHARE : 0;
  const budget = spec.search?.budget ?? 1;
  const space = spec.search ? { ...fixedSpace(spec.model), ...(spec.search.space ?? DEFAULT_SPACES[spec.model.kind]) } : fixedSpace(spec.model);
  onProgress(start);
  const result = await trainWithSearch(set, {
    model: spec.model.kind,
    search: { method: spec.search?.method ?? 'grid', budget, space },
    folds: spec.folds,
    seed: spec.seed,
    maxIterations: spec.model.maxIterations,
    signal,
    onTrial: (trial) => onProgress(start + ((trial.index + 1) / budget) * (SEARCH_END - start)),
  });
  const { crossValidation } = result;
  const pooled = evaluateProbabilities(set.labels, crossValidation.outOfFold, set.classes);
  const metrics: JobMetrics = {
    ...crossValidation.mean,
    perLabelF1: Object.fromEntries(classes.map((name, k) => [name, pooled.perLabelF1[k] ?? null])),
    perFold: crossValidation.folds.map(({ metrics: m }) => ({ macroF1: m.macroF1, accuracy: m.accuracy, ece: m.ece, logLoss: m.logLoss })),
  };
  onProgress(1);
  return {
    kind: spec.model.kind,
    layers: result.classifier.layers,
    encoderId,
    params: result.params,
    iterations: result.iterations,
    metrics,
    trials: result.search.trials.map((trial) => ({ index: trial.index, params: trial.params, score: Number.isFinite(trial.score) ? trial.score : null })),
  };
}
