/**
 * k-means on a sample given only its Gram matrix (pairwise dot products), for trying many k fast:
 * a Lloyd step costs O(m²) whatever k is, instead of O(m·k·dim), and k-means++ seeding reads
 * distances straight from the matrix. Distances to a centroid c of members S:
 *   ‖x − c‖² = x·x − (2/|S|) Σ_{s∈S} x·s + (1/|S|²) Σ_{s,t∈S} s·t
 */
import { dotRows, seededRandom } from './vectors';

/** Dot products of all rows: m × m, symmetric. */
export function gramMatrix(x: Float32Array, rows: number, dim: number): Float32Array {
  const gram = new Float32Array(rows * rows);
  for (let i = 0; i < rows; i++) {
    for (let j = i; j < rows; j++) {
      const dot = dotRows(x, i, x, j, dim);
      gram[i * rows + j] = dot;
      gram[j * rows + i] = dot;
    }
  }
  return gram;
}

/** Euclidean distances from a Gram matrix. */
export function gramDistances(gram: Float32Array, rows: number): Float32Array {
  const out = new Float32Array(rows * rows);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < rows; j++) {
      out[i * rows + j] = i === j ? 0 : Math.sqrt(Math.max(0, gram[i * rows + i]! + gram[j * rows + j]! - 2 * gram[i * rows + j]!));
    }
  }
  return out;
}

/** Greedy k-means++ on squared distances ‖x_i − x_j‖² read from the Gram matrix. */
function seed(gram: Float32Array, rows: number, k: number, random: () => number): number[] {
  const squared = (i: number, j: number) => Math.max(0, gram[i * rows + i]! + gram[j * rows + j]! - 2 * gram[i * rows + j]!);
  const chosen = [Math.floor(random() * rows)];
  const closest = Float64Array.from({ length: rows }, (_, i) => squared(i, chosen[0]!));
  const trials = 2 + Math.floor(Math.log(k));
  while (chosen.length < k) {
    let potential = 0;
    for (const d of closest) potential += d;
    if (potential <= 1e-12) break;
    let best = -1;
    let bestPotential = Infinity;
    for (let t = 0; t < trials; t++) {
      let target = random() * potential;
      let candidate = rows - 1;
      for (let i = 0; i < rows; i++) {
        target -= closest[i]!;
        if (target <= 0 && closest[i]! > 0) {
          candidate = i;
          break;
        }
      }
      let sum = 0;
      for (let i = 0; i < rows; i++) sum += Math.min(closest[i]!, squared(i, candidate));
      if (sum < bestPotential) {
        bestPotential = sum;
        best = candidate;
      }
    }
    chosen.push(best);
    for (let i = 0; i < rows; i++) closest[i] = Math.min(closest[i]!, squared(i, best));
  }
  return chosen;
}

export interface GramKMeansResult {
  assignments: Int32Array;
  k: number;
  inertia: number;
}

/** Lloyd's k-means over the rows behind `gram`; deterministic for a seed. */
export function gramKMeans(gram: Float32Array, rows: number, k: number, options: { seed?: number; maxIterations?: number } = {}): GramKMeansResult {
  const random = seededRandom(options.seed ?? 1);
  const maxIterations = options.maxIterations ?? 50;
  const centres = seed(gram, rows, Math.min(k, rows), random);
  const clusters = centres.length;
  const assignments = new Int32Array(rows);
  // Start: nearest seed point.
  for (let i = 0; i < rows; i++) {
    let best = 0;
    let bestDistance = Infinity;
    centres.forEach((centre, c) => {
      const d = gram[i * rows + i]! + gram[centre * rows + centre]! - 2 * gram[i * rows + centre]!;
      if (d < bestDistance) {
        bestDistance = d;
        best = c;
      }
    });
    assignments[i] = best;
  }
  const sizes = new Int32Array(clusters);
  const memberSums = new Float64Array(rows * clusters);
  const self = new Float64Array(clusters);
  const nearest = new Float64Array(rows);
  let inertia = 0;
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    sizes.fill(0);
    memberSums.fill(0);
    self.fill(0);
    for (let j = 0; j < rows; j++) sizes[assignments[j]!]!++;
    for (let i = 0; i < rows; i++) {
      const offset = i * rows;
      const out = i * clusters;
      for (let j = 0; j < rows; j++) memberSums[out + assignments[j]!]! += gram[offset + j]!;
    }
    for (let i = 0; i < rows; i++) self[assignments[i]!]! += memberSums[i * clusters + assignments[i]!]!;
    let changed = 0;
    inertia = 0;
    for (let i = 0; i < rows; i++) {
      let best = assignments[i]!;
      let bestDistance = Infinity;
      for (let c = 0; c < clusters; c++) {
        const size = sizes[c]!;
        if (size === 0) continue;
        const d = gram[i * rows + i]! - (2 * memberSums[i * clusters + c]!) / size + self[c]! / (size * size);
        if (d < bestDistance) {
          bestDistance = d;
          best = c;
        }
      }
      nearest[i] = Math.max(0, bestDistance);
      inertia += nearest[i]!;
      if (best !== assignments[i]) changed++;
      assignments[i] = best;
    }
    // An emptied cluster restarts from the row farthest from its centre.
    for (let c = 0; c < clusters; c++) {
      if (assignments.includes(c)) continue;
      let far = 0;
      for (let i = 1; i < rows; i++) if (nearest[i]! > nearest[far]!) far = i;
      assignments[far] = c;
      nearest[far] = 0;
      changed++;
    }
    if (changed === 0) break;
  }
  return { assignments, k: clusters, inertia };
}

/** Means of each cluster's rows: centroids to start a full-data fit from. */
export function clusterMeans(x: Float32Array, rows: number, dim: number, assignments: Int32Array, k: number): Float32Array {
  const sums = new Float64Array(k * dim);
  const sizes = new Int32Array(k);
  for (let i = 0; i < rows; i++) {
    const c = assignments[i]!;
    sizes[c]!++;
    for (let j = 0; j < dim; j++) sums[c * dim + j]! += x[i * dim + j]!;
  }
  return Float32Array.from(sums, (sum, index) => sum / Math.max(1, sizes[Math.floor(index / dim)]!));
}
