/**
 * A 2-D map of conversation vectors for the topic scatter plot: PCA by power iteration on the
 * covariance, deterministic (seeded start, fixed sample, sign convention), scaled to [-1, 1].
 * Plain TS rather than umap-js: umap-js took 10 s to fit 3k × 512 here against 0.9 s for this
 * whole map of 10k, and UMAP is stochastic; two principal axes are fast and stable run to run.
 */
import type { TopicPoint } from './types';
import { DEFAULT_DIM, dotRows, rowCount, sampleIndices, seededRandom } from './topics/vectors';

/** At most this many points on the map; more would be an unreadable blot and slow to draw. */
export const MAX_MAP_POINTS = 3000;
/** The principal axes are estimated from this many rows; plenty for two directions. */
const PCA_FIT_ROWS = 1000;
/** Every topic keeps at least this many points on a sampled map, so small topics stay visible. */
const MIN_POINTS_PER_TOPIC = 25;
const MAX_POWER_ITERATIONS = 500;
const POWER_TOLERANCE = 1e-9;
/** Axes are scaled so the 99th percentile of |coordinate| lands at 1; outliers are clamped to the edge. */
const SCALE_QUANTILE = 0.99;

export interface PcaModel {
  mean: Float64Array;
  /** Unit principal directions, largest variance first (up to two). */
  axes: Float64Array[];
  /** Variance along each axis. */
  variances: number[];
}

/** Top principal directions of `rows` (indices into `vectors`). */
export function fitPca(vectors: Float32Array, dim: number, rows: readonly number[], components = 2, seed = 1): PcaModel {
  const mean = new Float64Array(dim);
  for (const row of rows) for (let j = 0; j < dim; j++) mean[j]! += vectors[row * dim + j]!;
  if (rows.length > 0) for (let j = 0; j < dim; j++) mean[j]! /= rows.length;

  // Covariance, upper triangle then mirrored: rows × dim²/2 multiply-adds.
  const covariance = new Float64Array(dim * dim);
  const centred = new Float64Array(dim);
  for (const row of rows) {
    for (let j = 0; j < dim; j++) centred[j] = vectors[row * dim + j]! - mean[j]!;
    for (let a = 0; a < dim; a++) {
      const value = centred[a]!;
      if (value === 0) continue;
      const offset = a * dim;
      for (let b = a; b < dim; b++) covariance[offset + b]! += value * centred[b]!;
    }
  }
  const scale = 1 / Math.max(1, rows.length - 1);
  for (let a = 0; a < dim; a++) {
    for (let b = a; b < dim; b++) {
      const value = covariance[a * dim + b]! * scale;
      covariance[a * dim + b] = value;
      covariance[b * dim + a] = value;
    }
  }

  let trace = 0;
  for (let j = 0; j < dim; j++) trace += covariance[j * dim + j]!;
  const random = seededRandom(seed);
  const axes: Float64Array[] = [];
  const variances: number[] = [];
  for (let c = 0; c < Math.min(components, dim); c++) {
    const { vector, value } = powerIteration(covariance, dim, axes, random, trace * 1e-9);
    if (value <= 0) break;
    axes.push(vector);
    variances.push(value);
  }
  return { mean, axes, variances };
}

/** Leading eigenvector of a symmetric matrix, orthogonal to `found` (deflation by projection). */
function powerIteration(
  matrix: Float64Array,
  dim: number,
  found: readonly Float64Array[],
  random: () => number,
  negligible: number,
): { vector: Float64Array; value: number } {
  let vector = Float64Array.from({ length: dim }, () => random() - 0.5);
  orthonormalise(vector, found);
  let value = 0;
  const next = new Float64Array(dim);
  for (let iteration = 0; iteration < MAX_POWER_ITERATIONS; iteration++) {
    for (let a = 0; a < dim; a++) {
      let sum = 0;
      const offset = a * dim;
      for (let b = 0; b < dim; b++) sum += matrix[offset + b]! * vector[b]!;
      next[a] = sum;
    }
    const norm = orthonormalise(next, found);
    // Nothing left to explain (fewer distinct points than axes).
    if (norm <= negligible) return { vector, value: 0 };
    let agreement = 0;
    for (let j = 0; j < dim; j++) agreement += next[j]! * vector[j]!;
    value = norm;
    vector = Float64Array.from(next);
    if (1 - Math.abs(agreement) < POWER_TOLERANCE) break;
  }
  // Sign convention: the largest component is positive, so the map doesn't flip between runs.
  let largest = 0;
  for (let j = 1; j < dim; j++) if (Math.abs(vector[j]!) > Math.abs(vector[largest]!)) largest = j;
  if (vector[largest]! < 0) for (let j = 0; j < dim; j++) vector[j] = -vector[j]!;
  return { vector, value };
}

/** Removes the components along `found`, scales to unit length in place; returns the norm before scaling. */
function orthonormalise(vector: Float64Array, found: readonly Float64Array[]): number {
  for (const axis of found) {
    let along = 0;
    for (let j = 0; j < vector.length; j++) along += vector[j]! * axis[j]!;
    for (let j = 0; j < vector.length; j++) vector[j]! -= along * axis[j]!;
  }
  let norm = 0;
  for (const value of vector) norm += value * value;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let j = 0; j < vector.length; j++) vector[j]! /= norm;
  return norm;
}

/**
 * Which rows go on the map: all of them up to `maxPoints`, else a seeded sample taken per group
 * (topic) in proportion to its size, with at least MIN_POINTS_PER_TOPIC from each. Ascending.
 */
export function mapSample(count: number, maxPoints = MAX_MAP_POINTS, groups?: ArrayLike<number>, seed = 1): number[] {
  if (count <= maxPoints) return Array.from({ length: count }, (_, i) => i);
  if (!groups) return sampleIndices(count, maxPoints, seed);
  const members = new Map<number, number[]>();
  for (let i = 0; i < count; i++) {
    const group = groups[i] ?? -1;
    let list = members.get(group);
    if (!list) members.set(group, (list = []));
    list.push(i);
  }
  const chosen: number[] = [];
  for (const [group, list] of members) {
    const quota = Math.min(list.length, Math.max(MIN_POINTS_PER_TOPIC, Math.round((list.length * maxPoints) / count)));
    for (const at of sampleIndices(list.length, quota, seed + group + 1)) chosen.push(list[at]!);
  }
  return chosen.sort((a, b) => a - b);
}

export interface Projection {
  /** The rows drawn, ascending. */
  indices: number[];
  x: Float32Array;
  y: Float32Array;
}

/** Projects the given rows (default: a map sample of all) onto the two principal axes, in [-1, 1]. */
export function projectVectors(vectors: Float32Array, dim = DEFAULT_DIM, options: { indices?: number[]; seed?: number } = {}): Projection {
  const count = rowCount(vectors, dim);
  const seed = options.seed ?? 1;
  const indices = options.indices ?? mapSample(count, MAX_MAP_POINTS, undefined, seed);
  const fitRows = indices.length <= PCA_FIT_ROWS ? indices : sampleIndices(indices.length, PCA_FIT_ROWS, seed).map((at) => indices[at]!);
  const model = fitPca(vectors, dim, fitRows, 2, seed);
  const coordinates = [new Float32Array(indices.length), new Float32Array(indices.length)] as const;
  model.axes.forEach((axis, c) => {
    const out = coordinates[c]!;
    const shift = model.mean.reduce((sum, m, j) => sum + m * axis[j]!, 0);
    const axis32 = Float32Array.from(axis);
    indices.forEach((row, i) => (out[i] = dotRows(vectors, row, axis32, 0, dim) - shift));
    scaleToUnit(out);
  });
  return { indices, x: coordinates[0], y: coordinates[1] };
}

function scaleToUnit(values: Float32Array): void {
  if (values.length === 0) return;
  const magnitudes = Array.from(values, Math.abs).sort((a, b) => a - b);
  const reach = magnitudes[Math.min(magnitudes.length - 1, Math.floor(SCALE_QUANTILE * magnitudes.length))]! || magnitudes[magnitudes.length - 1]!;
  if (!(reach > 0)) {
    values.fill(0);
    return;
  }
  for (let i = 0; i < values.length; i++) values[i] = Math.max(-1, Math.min(1, values[i]! / reach));
}

/** The topic map: one point per drawn conversation, sampled per topic when there are many. */
export function topicMap(input: {
  vectors: Float32Array;
  conversations: readonly { id: string; title: string }[];
  assignments: ArrayLike<number>;
  dim?: number;
  maxPoints?: number;
  seed?: number;
}): TopicPoint[] {
  const dim = input.dim ?? DEFAULT_DIM;
  const count = Math.min(input.conversations.length, rowCount(input.vectors, dim), input.assignments.length);
  const indices = mapSample(count, input.maxPoints ?? MAX_MAP_POINTS, input.assignments, input.seed);
  const { x, y } = projectVectors(input.vectors.subarray(0, count * dim), dim, { indices, seed: input.seed });
  return indices.map((row, i) => ({
    conversationId: input.conversations[row]!.id,
    title: input.conversations[row]!.title,
    x: x[i]!,
    y: y[i]!,
    topic: input.assignments[row]!,
  }));
}
