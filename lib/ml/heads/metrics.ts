/** Classification metrics for the heads: confusion matrix, per-label F1 and macro-F1. */

/** `matrix[truth][predicted]` counts. */
export function confusionMatrix(truth: ArrayLike<number>, predicted: ArrayLike<number>, classes: number): number[][] {
  const matrix = Array.from({ length: classes }, () => new Array<number>(classes).fill(0));
  for (let i = 0; i < truth.length; i++) matrix[truth[i]!]![predicted[i]!]!++;
  return matrix;
}

export interface F1Report {
  /** Mean F1 over the labels that occur in the truth or the predictions (as scikit-learn does). */
  macroF1: number;
  /** F1 per label index; null for a label that neither occurs nor is predicted. */
  perLabel: (number | null)[];
  accuracy: number;
  matrix: number[][];
}

export function f1Report(truth: ArrayLike<number>, predicted: ArrayLike<number>, classes: number): F1Report {
  const matrix = confusionMatrix(truth, predicted, classes);
  let correct = 0;
  const perLabel = matrix.map((row, k) => {
    const tp = row[k]!;
    correct += tp;
    const actual = row.reduce((sum, n) => sum + n, 0);
    const guessed = matrix.reduce((sum, r) => sum + r[k]!, 0);
    if (actual === 0 && guessed === 0) return null;
    return (2 * tp) / (actual + guessed);
  });
  const present = perLabel.filter((f): f is number => f !== null);
  return {
    macroF1: present.length ? present.reduce((sum, f) => sum + f, 0) / present.length : 0,
    perLabel,
    accuracy: truth.length ? correct / truth.length : 0,
    matrix,
  };
}
