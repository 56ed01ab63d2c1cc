/** How spread out someone's conversations are, by topic and in embedding space. */
import { dotRows } from './vectors';

/** Shannon entropy of topic sizes over ln(topics): 0 = everything in one topic, 1 = evenly spread. */
export function topicEntropy(sizes: readonly number[]): number {
  const present = sizes.filter((size) => size > 0);
  const total = present.reduce((sum, size) => sum + size, 0);
  if (present.length < 2 || total === 0) return 0;
  let entropy = 0;
  for (const size of present) {
    const p = size / total;
    entropy -= p * Math.log(p);
  }
  return entropy / Math.log(present.length);
}

/**
 * Mean cosine distance (1 − cos) over all pairs of distinct rows, exactly and in O(n·d) instead of
 * sampling pairs: for unit vectors Σ_{i≠j} cos(i, j) = ‖Σ v‖² − n. Rows are normalised on the way,
 * so non-unit input is fine too; zero rows are skipped. 0 for fewer than two rows.
 */
export function meanPairwiseDistance(vectors: Float32Array, count: number, dim: number): number {
  const sum = new Float64Array(dim);
  let rows = 0;
  for (let i = 0; i < count; i++) {
    const norm = Math.sqrt(dotRows(vectors, i, vectors, i, dim));
    if (norm === 0) continue;
    rows++;
    const offset = i * dim;
    for (let j = 0; j < dim; j++) sum[j]! += vectors[offset + j]! / norm;
  }
  if (rows < 2) return 0;
  let squared = 0;
  for (let j = 0; j < dim; j++) squared += sum[j]! ** 2;
  const meanCosine = (squared - rows) / (rows * (rows - 1));
  return Math.min(2, Math.max(0, 1 - meanCosine));
}
