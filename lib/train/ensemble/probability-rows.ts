/** Helpers over a row-major `count × classes` probability block, shared by active learning and ensembles. */

/** Throws a specific error unless `probabilities` holds exactly `count` rows of `classes`. */
export function assertProbabilityShape(probabilities: Float32Array, count: number, classes: number, what: string): void {
  if (classes < 1) throw new Error(`${what}: need at least one class, got ${classes}`);
  if (probabilities.length !== count * classes) {
    throw new Error(`${what}: expected ${count} × ${classes} = ${count * classes} probabilities, got ${probabilities.length}`);
  }
}

/** Index of the largest value in row `row`; ties go to the lower class. */
export function argmaxRow(probabilities: Float32Array, row: number, classes: number): number {
  const offset = row * classes;
  let best = 0;
  for (let c = 1; c < classes; c++) if (probabilities[offset + c]! > probabilities[offset + best]!) best = c;
  return best;
}

/** The arg-max class of every row. */
export function argmaxRows(probabilities: Float32Array, count: number, classes: number): Int32Array {
  const out = new Int32Array(count);
  for (let row = 0; row < count; row++) out[row] = argmaxRow(probabilities, row, classes);
  return out;
}

/** Classes of row `row` ordered from most to least likely (ties: lower class first). */
export function rankedClasses(probabilities: Float32Array, row: number, classes: number): number[] {
  const offset = row * classes;
  return Array.from({ length: classes }, (_, c) => c).sort(
    (a, b) => probabilities[offset + b]! - probabilities[offset + a]! || a - b,
  );
}
