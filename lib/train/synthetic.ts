/** Seeded synthetic training sets for tests and benchmarks. */
import { Rng } from '../demo/prng';
import type { TrainingSet } from './types';

/**
 * `perClass` rows per class in `dims` dimensions: class k sits at +`separation` on the dims ≡ k
 * (mod classes), with uniform noise of width 1 around an offset of 3, so the classes are separable.
 */
export function clusters(seed: number, options: { classes: number; perClass: number; dims: number; separation?: number }): TrainingSet {
  const { classes, perClass, dims, separation = 2 } = options;
  const rng = new Rng(seed);
  const count = classes * perClass;
  const vectors = new Float32Array(count * dims);
  const labels = new Int32Array(count);
  for (let row = 0; row < count; row++) {
    const k = row % classes;
    labels[row] = k;
    for (let d = 0; d < dims; d++) vectors[row * dims + d] = 3 + (d % classes === k ? separation : 0) + (rng.next() - 0.5);
  }
  return { vectors, labels, count, dims, classes };
}
