/**
 * Seeded k-means (greedy k-means++ seeding, then Lloyd iterations) on a flat Float32Array.
 * Plain TS rather than ml-kmeans: that library copies rows into number[][] and calls a distance
 * function per pair — measured here at 6.3 s for one k=10 fit of 10k × 512, too slow to try a range of k.
 */
import { dotRows, seededRandom } from './vectors';

export interface KMeansOptions {
  seed?: number;
  maxIterations?: number;
  /** Stop once at most this fraction of rows changes cluster in a step (0: until none do). */
  tolerance?: number;
  /** Start from these centroids (k × dim) instead of k-means++ seeding. */
  initial?: Float32Array;
}

export interface KMeansResult {
  /** Cluster per row, 0..k-1. */
  assignments: Int32Array;
  /** k × dim centroids (means of their rows). */
  centroids: Float32Array;
  /** May be below the k asked for when the data has fewer distinct points. */
  k: number;
  iterations: number;
  /** Sum of squared distances of rows to their centroid. */
  inertia: number;
}

function squaredNorms(x: Float32Array, rows: number, dim: number): Float64Array {
  const norms = new Float64Array(rows);
  for (let i = 0; i < rows; i++) norms[i] = dotRows(x, i, x, i, dim);
  return norms;
}

/** Squared Euclidean distance from row `i` of `x` to row `c` of `centres` via ‖x‖² + ‖c‖² − 2x·c. */
function distance(x: Float32Array, xNorms: Float64Array, i: number, centres: Float32Array, cNorms: Float64Array, c: number, dim: number): number {
  return Math.max(0, xNorms[i]! + cNorms[c]! - 2 * dotRows(x, i, centres, c, dim));
}

/**
 * Greedy k-means++ (as scikit-learn): each new centre is the best of a few D²-weighted draws.
 * Stops early when every remaining point already sits on a centre (duplicates).
 */
function seedCentroids(x: Float32Array, count: number, dim: number, k: number, norms: Float64Array, seed: number): Float32Array {
  const random = seededRandom(seed);
  const chosen: number[] = [Math.floor(random() * count)];
  const closest = new Float64Array(count);
  for (let i = 0; i < count; i++) closest[i] = Math.max(0, norms[i]! + norms[chosen[0]!]! - 2 * dotRows(x, i, x, chosen[0]!, dim));
  const trials = 2 + Math.floor(Math.log(k));
  const candidateDistances = new Float64Array(count);
  while (chosen.length < k) {
    let potential = 0;
    for (let i = 0; i < count; i++) potential += closest[i]!;
    if (potential <= 1e-12) break;
    let bestIndex = -1;
    let bestPotential = Infinity;
    let bestDistances: Float64Array | null = null;
    for (let t = 0; t < trials; t++) {
      let target = random() * potential;
      let candidate = count - 1;
      for (let i = 0; i < count; i++) {
        target -= closest[i]!;
        if (target <= 0 && closest[i]! > 0) {
          candidate = i;
          break;
        }
      }
      let candidatePotential = 0;
      for (let i = 0; i < count; i++) {
        const d = Math.max(0, norms[i]! + norms[candidate]! - 2 * dotRows(x, i, x, candidate, dim));
        candidateDistances[i] = Math.min(closest[i]!, d);
        candidatePotential += candidateDistances[i]!;
      }
      if (candidatePotential < bestPotential) {
        bestPotential = candidatePotential;
        bestIndex = candidate;
        bestDistances = candidateDistances.slice();
      }
    }
    chosen.push(bestIndex);
    closest.set(bestDistances!);
  }
  const centroids = new Float32Array(chosen.length * dim);
  chosen.forEach((row, c) => centroids.set(x.subarray(row * dim, row * dim + dim), c * dim));
  return centroids;
}

/** Lloyd's k-means on `count` rows of `x`. Deterministic for a given seed; never throws for count ≥ 1. */
export function kmeans(x: Float32Array, count: number, dim: number, k: number, options: KMeansOptions = {}): KMeansResult {
  const maxIterations = options.maxIterations ?? 50;
  const settled = Math.floor((options.tolerance ?? 0) * count);
  if (count === 0 || k <= 0) {
    return { assignments: new Int32Array(count), centroids: new Float32Array(0), k: 0, iterations: 0, inertia: 0 };
  }
  const norms = squaredNorms(x, count, dim);
  let centroids = options.initial?.slice() ?? seedCentroids(x, count, dim, Math.min(k, count), norms, options.seed ?? 1);
  const clusters = Math.floor(centroids.length / dim);
  const assignments = new Int32Array(count).fill(-1);
  const nearest = new Float64Array(count);
  const sizes = new Int32Array(clusters);
  let iterations = 0;
  while (iterations < maxIterations) {
    iterations++;
    const centroidNorms = squaredNorms(centroids, clusters, dim);
    let changed = 0;
    for (let i = 0; i < count; i++) {
      let best = 0;
      let bestDistance = Infinity;
      for (let c = 0; c < clusters; c++) {
        const d = distance(x, norms, i, centroids, centroidNorms, c, dim);
        if (d < bestDistance) {
          bestDistance = d;
          best = c;
        }
      }
      nearest[i] = bestDistance;
      if (assignments[i] !== best) changed++;
      assignments[i] = best;
    }
    if (changed <= settled) break;
    centroids = updateCentroids(x, count, dim, assignments, clusters, sizes, nearest);
  }
  let inertia = 0;
  for (let i = 0; i < count; i++) inertia += nearest[i]!;
  return { assignments, centroids, k: clusters, iterations, inertia };
}

/** Means of each cluster's rows; an emptied cluster takes the row farthest from its centre. */
function updateCentroids(
  x: Float32Array,
  count: number,
  dim: number,
  assignments: Int32Array,
  clusters: number,
  sizes: Int32Array,
  nearest: Float64Array,
): Float32Array {
  const sums = new Float64Array(clusters * dim);
  sizes.fill(0);
  for (let i = 0; i < count; i++) {
    const c = assignments[i]!;
    sizes[c]!++;
    const row = i * dim;
    const out = c * dim;
    for (let j = 0; j < dim; j++) sums[out + j]! += x[row + j]!;
  }
  const centroids = new Float32Array(clusters * dim);
  const taken = new Set<number>();
  for (let c = 0; c < clusters; c++) {
    if (sizes[c] === 0) {
      let far = -1;
      for (let i = 0; i < count; i++) if (!taken.has(i) && (far < 0 || nearest[i]! > nearest[far]!)) far = i;
      taken.add(far);
      centroids.set(x.subarray(far * dim, far * dim + dim), c * dim);
      continue;
    }
    for (let j = 0; j < dim; j++) centroids[c * dim + j] = sums[c * dim + j]! / sizes[c]!;
  }
  return centroids;
}
