/** Synthetic unit vectors for the ML tests: gaussian blobs around random centres, normalised. */
import { seededRandom } from './vectors';

export function gaussian(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

export function normalise(row: Float32Array): Float32Array {
  let norm = 0;
  for (const v of row) norm += v * v;
  norm = Math.sqrt(norm) || 1;
  for (let j = 0; j < row.length; j++) row[j]! /= norm;
  return row;
}

export function randomUnit(dim: number, random: () => number): Float32Array {
  return normalise(Float32Array.from({ length: dim }, () => gaussian(random)));
}

/**
 * `sizes[b]` points around blob b's centre (noise σ per dimension), unit length, interleaved so
 * blob membership is not the row order. Returns the vectors and each row's blob.
 */
export function blobs(sizes: readonly number[], dim = 512, noise = 0.03, seed = 7): { vectors: Float32Array; labels: number[] } {
  const random = seededRandom(seed);
  const centres = sizes.map(() => randomUnit(dim, random));
  const labels: number[] = [];
  const remaining = [...sizes];
  while (remaining.some((r) => r > 0)) {
    remaining.forEach((r, b) => {
      if (r > 0) {
        labels.push(b);
        remaining[b] = r - 1;
      }
    });
  }
  const vectors = new Float32Array(labels.length * dim);
  labels.forEach((b, i) => {
    const row = Float32Array.from(centres[b]!, (v) => v + noise * gaussian(random));
    vectors.set(normalise(row), i * dim);
  });
  return { vectors, labels };
}

/** Rand-style agreement: do two labelings put the same pairs together? 1 = identical partition. */
export function samePartition(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  const forward = new Map<number, number>();
  const backward = new Map<number, number>();
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if ((forward.get(x) ?? y) !== y || (backward.get(y) ?? x) !== x) return false;
    forward.set(x, y);
    backward.set(y, x);
  }
  return true;
}
