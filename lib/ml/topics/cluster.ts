/**
 * Topic clustering of conversation vectors: k-means with k chosen by silhouette.
 *
 * Why k-means + silhouette and not HDBSCAN (BERTopic's default): HDBSCAN needs a UMAP step first —
 * in raw 512-d sentence-embedding space densities are flat and it labels most points noise — and
 * UMAP + HDBSCAN is slow and seed-sensitive at 10k points in a browser worker. k-means gives every
 * conversation a topic (a Wrapped has no "noise" slide), is deterministic with a seeded k-means++,
 * and is fast enough on a flat Float32Array. Silhouette gives a principled, cheap-to-sample k.
 *
 * k selection rule, sized to the data: at most ⌊√(n/2)⌋ topics (a common rule of thumb for k; it
 * also keeps ≥ 2 conversations per topic on average) and at most 14 (a story shows a handful):
 * n < 8 → one topic; ⌊√(n/2)⌋ = 2 → two; otherwise try k = 3..min(14, ⌊√(n/2)⌋), e.g. 18
 * conversations → 3, 50 → 3..5, 200 → 3..10, 392+ → 3..14. Each k is fitted on one
 * deterministic sample of ≤ 1,000 rows (best of 3 seeded k-means++ restarts by inertia) and
 * scored by mean silhouette on that sample; the best k wins (the smaller on ties), then k-means
 * refits all rows starting from that k's sample centroids.
 *
 * Timing (not a test): 10k × 512 took 3.0–6.5 s here (2 shared cores, load average 6–8): the
 * 1,000² Gram matrix ~0.5 s, 12 candidate k × 3 restarts on it ~1.5 s, the full refit ~0.7 s.
 */
import { clusterMeans, gramDistances, gramKMeans, gramMatrix } from './gram-kmeans';
import { kmeans } from './kmeans';
import { silhouette } from './silhouette';
import { dotRows, gatherRows, sampleIndices } from './vectors';

export const MIN_CONVERSATIONS_TO_SPLIT = 8;
export const MAX_TOPICS = 14;
export const MIN_TOPICS = 3;
export const SILHOUETTE_SAMPLE = 1000;
/** k-means++ restarts per candidate k on the sample; the lowest inertia is scored. */
export const RESTARTS = 3;
/** The full-data refit stops once ≤ 0.1% of conversations change topic in a step. */
const FULL_FIT_TOLERANCE = 0.001;

export interface ClusterOptions {
  seed?: number;
  /** Fix k instead of choosing it by silhouette. */
  k?: number;
  /** Candidate range override (inclusive). */
  minK?: number;
  maxK?: number;
  /** Rows the silhouette (and the k search) runs on; default SILHOUETTE_SAMPLE. */
  sampleSize?: number;
  restarts?: number;
}

export interface Clustering {
  /** Topic per row, 0..k-1, topics numbered by size (0 = largest). */
  assignments: Int32Array;
  /** k × dim centroids in the same order. */
  centroids: Float32Array;
  k: number;
  /** Silhouette of the chosen k on the sample; null when k was not chosen by silhouette. */
  silhouette: number | null;
  /** Silhouette per candidate k, for logs and tests. */
  scores: { k: number; silhouette: number }[];
  /** Cosine of each row to its topic's centroid (how central it is to the topic). */
  centrality: Float32Array;
}

/** ⌊√(n/2)⌋, at least 1 and at most n/2 (two conversations per topic on average). */
export function maxTopicsFor(count: number): number {
  return Math.max(1, Math.min(Math.floor(Math.sqrt(count / 2)), Math.floor(count / 2)));
}

export function candidateKs(count: number, options: Pick<ClusterOptions, 'minK' | 'maxK'> = {}): number[] {
  if (count < MIN_CONVERSATIONS_TO_SPLIT) return [Math.min(count, 1)];
  const maxK = Math.min(options.maxK ?? MAX_TOPICS, maxTopicsFor(count));
  const minK = Math.min(options.minK ?? MIN_TOPICS, maxK);
  const ks: number[] = [];
  for (let k = Math.max(1, minK); k <= maxK; k++) ks.push(k);
  return ks;
}

export function clusterVectors(vectors: Float32Array, count: number, dim: number, options: ClusterOptions = {}): Clustering {
  const seed = options.seed ?? 1;
  const ks = options.k !== undefined ? [Math.max(0, Math.min(options.k, count))] : candidateKs(count, options);
  const scores: { k: number; silhouette: number }[] = [];
  let chosenK = ks[0] ?? 0;
  let initial: Float32Array | undefined;
  let bestScore: number | null = null;

  if (ks.length > 1) {
    const sample = sampleIndices(count, options.sampleSize ?? SILHOUETTE_SAMPLE, seed);
    const rows = gatherRows(vectors, sample, dim);
    const gram = gramMatrix(rows, sample.length, dim);
    const distances = gramDistances(gram, sample.length);
    for (const k of ks) {
      let fit = gramKMeans(gram, sample.length, k, { seed, maxIterations: 30 });
      for (let restart = 1; restart < (options.restarts ?? RESTARTS); restart++) {
        const next = gramKMeans(gram, sample.length, k, { seed: seed + restart, maxIterations: 30 });
        if (next.inertia < fit.inertia) fit = next;
      }
      const score = silhouette(distances, fit.assignments, fit.k);
      scores.push({ k, silhouette: score });
      if (bestScore === null || score > bestScore) {
        bestScore = score;
        chosenK = fit.k;
        initial = clusterMeans(rows, sample.length, dim, fit.assignments, fit.k);
      }
    }
  }

  const fit = kmeans(vectors, count, dim, chosenK, { seed, initial, maxIterations: 50, tolerance: FULL_FIT_TOLERANCE });
  return { ...finish(vectors, count, dim, fit.assignments, fit.centroids, fit.k), silhouette: bestScore, scores };
}

/** Renumbers topics largest first, drops empty ones and measures each row's centrality. */
function finish(vectors: Float32Array, count: number, dim: number, assignments: Int32Array, centroids: Float32Array, k: number) {
  const ordered = orderBySize(assignments, centroids, k, dim);
  const centrality = new Float32Array(count);
  const topics = Math.floor(ordered.centroids.length / dim);
  const norms = new Float64Array(topics);
  for (let c = 0; c < topics; c++) norms[c] = Math.sqrt(dotRows(ordered.centroids, c, ordered.centroids, c, dim)) || 1;
  for (let i = 0; i < count; i++) {
    const c = ordered.assignments[i]!;
    const rowNorm = Math.sqrt(dotRows(vectors, i, vectors, i, dim)) || 1;
    centrality[i] = dotRows(vectors, i, ordered.centroids, c, dim) / (rowNorm * norms[c]!);
  }
  return { assignments: ordered.assignments, centroids: ordered.centroids, k: topics, centrality };
}

function orderBySize(assignments: Int32Array, centroids: Float32Array, k: number, dim: number) {
  const sizes = new Int32Array(k);
  for (const c of assignments) sizes[c]!++;
  const order = Array.from({ length: k }, (_, c) => c)
    .filter((c) => sizes[c]! > 0)
    .sort((a, b) => sizes[b]! - sizes[a]! || a - b);
  const rename = new Int32Array(k).fill(-1);
  order.forEach((c, to) => (rename[c] = to));
  const out = new Float32Array(order.length * dim);
  order.forEach((c, to) => out.set(centroids.subarray(c * dim, c * dim + dim), to * dim));
  return { assignments: assignments.map((c) => rename[c]!), centroids: out };
}
