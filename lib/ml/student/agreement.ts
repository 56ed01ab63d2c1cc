/**
 * How closely one encoder's vectors agree with another's on the same texts: mean cosine, shared
 * nearest neighbours, and whether k-means finds the same groups. Pure TypeScript; rows are unit
 * length, row-major `n × dims`. Used to judge the distilled student and the 8-bit teacher.
 */
import { kmeans, type KMeansResult } from '../topics/kmeans';
import { Rng } from '../../demo/prng';

export function meanCosine(a: Float32Array, b: Float32Array, dims: number): number {
  const n = a.length / dims;
  let total = 0;
  for (let i = 0; i < n; i++) {
    let dot = 0;
    for (let d = 0; d < dims; d++) dot += a[i * dims + d]! * b[i * dims + d]!;
    total += dot;
  }
  return n > 0 ? total / n : 0;
}

/** Each row's k nearest other rows by cosine, best first. */
export function nearestNeighbours(vectors: Float32Array, dims: number, k: number): Int32Array[] {
  const n = vectors.length / dims;
  const similarity = new Float32Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      let dot = 0;
      for (let d = 0; d < dims; d++) dot += vectors[i * dims + d]! * vectors[j * dims + d]!;
      similarity[i * n + j] = dot;
      similarity[j * n + i] = dot;
    }
  }
  const out: Int32Array[] = [];
  const order = Array.from({ length: n }, (_, index) => index);
  for (let i = 0; i < n; i++) {
    const row = similarity.subarray(i * n, (i + 1) * n);
    const ranked = order.filter((j) => j !== i).sort((x, y) => row[y]! - row[x]! || x - y);
    out.push(Int32Array.from(ranked.slice(0, k)));
  }
  return out;
}

export interface NeighbourAgreement {
  /** Mean share of the reference's top-k neighbours that the candidate also puts in its top-k. */
  overlap: number;
  /** Expected overlap of a random ranking: k / (n − 1). */
  randomBaseline: number;
  /** Share of rows whose reference nearest neighbour is in the candidate's top-k (a search proxy). */
  top1InTopK: number;
}

export function neighbourAgreement(reference: Float32Array, candidate: Float32Array, dims: number, k = 10): NeighbourAgreement {
  const n = reference.length / dims;
  const a = nearestNeighbours(reference, dims, k);
  const b = nearestNeighbours(candidate, dims, k);
  let overlap = 0;
  let hits = 0;
  for (let i = 0; i < n; i++) {
    const mine = new Set(b[i]);
    let shared = 0;
    for (const j of a[i]!) if (mine.has(j)) shared++;
    overlap += shared / k;
    if (mine.has(a[i]![0]!)) hits++;
  }
  return { overlap: overlap / n, randomBaseline: k / (n - 1), top1InTopK: hits / n };
}

/** k-means (lib/ml/topics) with restarts, keeping the fit of least inertia: cluster labels per row. */
export function kMeans(vectors: Float32Array, dims: number, k: number, seed: number, restarts = 4, iterations = 50): Int32Array {
  let best: KMeansResult | null = null;
  for (let restart = 0; restart < restarts; restart++) {
    const fit = kmeans(vectors, vectors.length / dims, dims, k, { seed: seed + restart, maxIterations: iterations });
    if (!best || fit.inertia < best.inertia) best = fit;
  }
  return best?.assignments ?? new Int32Array(0);
}

/** Adjusted Rand index of two labelings: 1 identical, ~0 chance agreement. */
export function adjustedRandIndex(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = a.length;
  const pairs = (x: number) => (x * (x - 1)) / 2;
  const table = new Map<string, number>();
  const rows = new Map<number, number>();
  const cols = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const key = `${a[i]},${b[i]}`;
    table.set(key, (table.get(key) ?? 0) + 1);
    rows.set(a[i]!, (rows.get(a[i]!) ?? 0) + 1);
    cols.set(b[i]!, (cols.get(b[i]!) ?? 0) + 1);
  }
  let index = 0;
  for (const count of table.values()) index += pairs(count);
  let sumRows = 0;
  for (const count of rows.values()) sumRows += pairs(count);
  let sumCols = 0;
  for (const count of cols.values()) sumCols += pairs(count);
  const expected = (sumRows * sumCols) / pairs(n);
  const max = (sumRows + sumCols) / 2;
  return max === expected ? 1 : (index - expected) / (max - expected);
}

/** A softmax probe (multinomial logistic regression, seeded SGD): a stand-in for a trained head. */
export function trainProbe(vectors: Float32Array, labels: Int32Array, classes: number, dims: number, seed: number, epochs = 12, rate = 0.5, l2 = 1e-4): Float32Array {
  const n = labels.length;
  const weights = new Float32Array(classes * (dims + 1));
  const rng = new Rng(seed);
  const order = Array.from({ length: n }, (_, index) => index);
  const logits = new Float64Array(classes);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = n - 1; i > 0; i--) {
      const j = rng.int(0, i);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const step = rate / (1 + epoch);
    for (const i of order) {
      probeLogits(weights, vectors, i, classes, dims, logits);
      for (let c = 0; c < classes; c++) {
        const g = logits[c]! - (labels[i] === c ? 1 : 0);
        const base = c * (dims + 1);
        for (let d = 0; d < dims; d++) weights[base + d]! -= step * (g * vectors[i * dims + d]! + l2 * weights[base + d]!);
        weights[base + dims]! -= step * g;
      }
    }
  }
  return weights;
}

/** Softmax probabilities of row `i` into `out`. */
function probeLogits(weights: Float32Array, vectors: Float32Array, i: number, classes: number, dims: number, out: Float64Array): void {
  let max = -Infinity;
  for (let c = 0; c < classes; c++) {
    const base = c * (dims + 1);
    let z = weights[base + dims]!;
    for (let d = 0; d < dims; d++) z += weights[base + d]! * vectors[i * dims + d]!;
    out[c] = z;
    max = Math.max(max, z);
  }
  let sum = 0;
  for (let c = 0; c < classes; c++) sum += out[c] = Math.exp(out[c]! - max);
  for (let c = 0; c < classes; c++) out[c]! /= sum;
}

export function probePredict(weights: Float32Array, vectors: Float32Array, classes: number, dims: number): Int32Array {
  const n = vectors.length / dims;
  const out = new Int32Array(n);
  const probabilities = new Float64Array(classes);
  for (let i = 0; i < n; i++) {
    probeLogits(weights, vectors, i, classes, dims, probabilities);
    let best = 0;
    for (let c = 1; c < classes; c++) if (probabilities[c]! > probabilities[best]!) best = c;
    out[i] = best;
  }
  return out;
}
