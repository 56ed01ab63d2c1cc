/**
 * Scores for probabilistic classifiers: accuracy and macro-F1 (from the heads' f1Report), log loss,
 * and calibration — expected calibration error over equal-width confidence bins, with the bins
 * themselves for a reliability diagram.
 */
import { f1Report } from '../ml/heads/metrics';

export interface ReliabilityBin {
  /** Confidence range [lower, upper); the last bin includes 1. */
  lower: number;
  upper: number;
  count: number;
  /** Mean top-class probability of the rows in the bin (0 when empty). */
  confidence: number;
  /** Share of the rows in the bin whose top class is right (0 when empty). */
  accuracy: number;
}

export interface Calibration {
  /** Σ_bins (count / n) · |accuracy − confidence|. */
  ece: number;
  bins: ReliabilityBin[];
}

export interface Metrics {
  accuracy: number;
  macroF1: number;
  /** Mean −ln p(true class), probabilities clipped at 1e-15. */
  logLoss: number;
  ece: number;
}

export interface Evaluation extends Metrics {
  perLabelF1: (number | null)[];
  /** `matrix[truth][predicted]` counts. */
  confusion: number[][];
  reliability: ReliabilityBin[];
}

const MIN_PROBABILITY = 1e-15;

/** Top class per row of a row-major `count × classes` probability matrix (first one on ties). */
export function argmaxRows(probabilities: Float32Array, classes: number): Int32Array {
  const count = probabilities.length / classes;
  const best = new Int32Array(count);
  for (let row = 0; row < count; row++) {
    for (let k = 1; k < classes; k++) if (probabilities[row * classes + k]! > probabilities[row * classes + best[row]!]!) best[row] = k;
  }
  return best;
}

export function logLoss(labels: ArrayLike<number>, probabilities: Float32Array, classes: number): number {
  if (labels.length === 0) return 0;
  let total = 0;
  for (let row = 0; row < labels.length; row++) total -= Math.log(Math.max(probabilities[row * classes + labels[row]!]!, MIN_PROBABILITY));
  return total / labels.length;
}

export function calibration(labels: ArrayLike<number>, probabilities: Float32Array, classes: number, binCount = 10): Calibration {
  const counts = new Float64Array(binCount);
  const confidence = new Float64Array(binCount);
  const correct = new Float64Array(binCount);
  const predicted = argmaxRows(probabilities, classes);
  for (let row = 0; row < labels.length; row++) {
    const top = probabilities[row * classes + predicted[row]!]!;
    // Float32 probabilities sit just below their decimal value (0.9f ≈ 0.89999998): nudge them into the bin they name.
    const bin = Math.min(Math.floor(top * binCount + 1e-6), binCount - 1);
    counts[bin]!++;
    confidence[bin]! += top;
    if (predicted[row] === labels[row]) correct[bin]!++;
  }
  let ece = 0;
  const bins = Array.from(counts, (count, b): ReliabilityBin => {
    const meanConfidence = count ? confidence[b]! / count : 0;
    const accuracy = count ? correct[b]! / count : 0;
    if (count) ece += (count / labels.length) * Math.abs(accuracy - meanConfidence);
    return { lower: b / binCount, upper: (b + 1) / binCount, count, confidence: meanConfidence, accuracy };
  });
  return { ece, bins };
}

/** Every score for one set of predicted probabilities against the true labels. */
export function evaluateProbabilities(labels: ArrayLike<number>, probabilities: Float32Array, classes: number): Evaluation {
  if (probabilities.length !== labels.length * classes) {
    throw new Error(`evaluateProbabilities: ${labels.length} rows × ${classes} classes need ${labels.length * classes} probabilities, got ${probabilities.length}`);
  }
  const report = f1Report(labels, argmaxRows(probabilities, classes), classes);
  const { ece, bins } = calibration(labels, probabilities, classes);
  return {
    accuracy: report.accuracy,
    macroF1: report.macroF1,
    logLoss: logLoss(labels, probabilities, classes),
    ece,
    perLabelF1: report.perLabel,
    confusion: report.matrix,
    reliability: bins,
  };
}

/** Mean of each metric over several evaluations (e.g. the folds of a cross-validation). */
export function meanMetrics(all: readonly Metrics[]): Metrics {
  const mean = (pick: (m: Metrics) => number) => all.reduce((sum, m) => sum + pick(m), 0) / Math.max(all.length, 1);
  return { accuracy: mean((m) => m.accuracy), macroF1: mean((m) => m.macroF1), logLoss: mean((m) => m.logLoss), ece: mean((m) => m.ece) };
}
