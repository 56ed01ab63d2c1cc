/** Row subsets and seeded stratified splits of a TrainingSet (folds, validation holdouts). */
import { Rng } from '../demo/prng';
import type { TrainingSet } from './types';

export function subset(set: TrainingSet, indices: readonly number[]): TrainingSet {
  const vectors = new Float32Array(indices.length * set.dims);
  indices.forEach((index, row) => vectors.set(set.vectors.subarray(index * set.dims, (index + 1) * set.dims), row * set.dims));
  return { ...set, vectors, labels: Int32Array.from(indices, (index) => set.labels[index]!), count: indices.length };
}

/** Row indices of each class, each list shuffled with one seeded stream (class order fixed). */
function shuffledByClass(labels: Int32Array, classes: number, seed: number): number[][] {
  const rng = new Rng(seed);
  const byClass = Array.from({ length: classes }, () => [] as number[]);
  labels.forEach((label, index) => {
    if (label < 0 || label >= classes) throw new Error(`label ${label} at row ${index} is outside 0..${classes - 1}`);
    byClass[label]!.push(index);
  });
  for (const rows of byClass) {
    for (let i = rows.length - 1; i > 0; i--) {
      const j = rng.int(0, i);
      [rows[i], rows[j]] = [rows[j]!, rows[i]!];
    }
  }
  return byClass;
}

/**
 * Stratified k-fold: each class's shuffled rows are dealt round-robin, continuing where the previous
 * class stopped, so fold sizes differ by at most one and every class is spread as evenly as it can be.
 * Returns the held-out row indices of each fold, ascending.
 */
export function stratifiedFolds(labels: Int32Array, classes: number, folds: number, seed: number): number[][] {
  if (!Number.isInteger(folds) || folds < 2) throw new Error(`stratifiedFolds: need at least 2 folds, got ${folds}`);
  if (labels.length < folds) throw new Error(`stratifiedFolds: ${labels.length} rows cannot fill ${folds} folds`);
  const out = Array.from({ length: folds }, () => [] as number[]);
  let next = 0;
  for (const rows of shuffledByClass(labels, classes, seed)) {
    for (const row of rows) out[next++ % folds]!.push(row);
  }
  return out.map((rows) => rows.sort((a, b) => a - b));
}

/** Rows not in `held` (ascending), for the training side of a fold. */
export function complement(count: number, held: readonly number[]): number[] {
  const excluded = new Set(held);
  const out: number[] = [];
  for (let i = 0; i < count; i++) if (!excluded.has(i)) out.push(i);
  return out;
}

/** Seeded stratified holdout: round(share · n_k) rows of each class go to `validation`. */
export function stratifiedHoldout(set: TrainingSet, share: number, seed: number): { fit: TrainingSet; validation: TrainingSet } {
  if (!(share > 0 && share < 1)) throw new Error(`stratifiedHoldout: share must be in (0, 1), got ${share}`);
  const fit: number[] = [];
  const validation: number[] = [];
  for (const rows of shuffledByClass(set.labels, set.classes, seed)) {
    const cut = Math.round(rows.length * share);
    validation.push(...rows.slice(0, cut));
    fit.push(...rows.slice(cut));
  }
  return { fit: subset(set, fit.sort((a, b) => a - b)), validation: subset(set, validation.sort((a, b) => a - b)) };
}
