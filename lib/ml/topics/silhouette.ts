/** Silhouette score on a precomputed distance matrix, for choosing k. */

/**
 * Mean silhouette (−1..1) of labelled rows: for each row, a = mean distance to its own cluster,
 * b = lowest mean distance to another cluster, s = (b − a) / max(a, b); rows alone in their
 * cluster score 0 (as scikit-learn). Returns 0 when fewer than two clusters are present.
 */
export function silhouette(distances: Float32Array, labels: ArrayLike<number>, clusters: number): number {
  const rows = labels.length;
  const sizes = new Int32Array(clusters);
  for (let i = 0; i < rows; i++) sizes[labels[i]!]!++;
  let present = 0;
  for (const size of sizes) if (size > 0) present++;
  if (present < 2) return 0;
  const sums = new Float64Array(clusters);
  let total = 0;
  for (let i = 0; i < rows; i++) {
    sums.fill(0);
    const offset = i * rows;
    for (let j = 0; j < rows; j++) sums[labels[j]!]! += distances[offset + j]!;
    const own = labels[i]!;
    if (sizes[own]! <= 1) continue;
    const a = sums[own]! / (sizes[own]! - 1);
    let b = Infinity;
    for (let c = 0; c < clusters; c++) if (c !== own && sizes[c]! > 0) b = Math.min(b, sums[c]! / sizes[c]!);
    const spread = Math.max(a, b);
    if (spread > 0) total += (b - a) / spread;
  }
  return total / rows;
}
