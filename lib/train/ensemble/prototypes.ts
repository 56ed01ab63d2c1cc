/**
 * Zero-shot classification: each category is the embedding of its name and description, and a
 * conversation's class probabilities are a softmax over its cosine similarity to each of them.
 * Works with no labels at all, which is why it is the ensemble's cold-start member.
 */
import { DEFAULT_DIM, dotRows, rowCount, rowNorms } from '../../ml/topics/vectors';
import type { ProbabilitySource } from './types';

export interface PrototypeOptions {
  dim?: number;
  /**
   * Softmax temperature over cosines. Sentence-encoder cosines between a chat and different
   * category names differ by only a few hundredths, so a low temperature is needed for the best
   * match to stand out; 0.05 turns a 0.1 cosine gap into e² ≈ 7.4× the odds.
   */
  temperature?: number;
}

export const DEFAULT_PROTOTYPE_TEMPERATURE = 0.05;

/**
 * `count × classes` probabilities for `count` vectors against `prototypes` (one row per class,
 * in class order). Inputs need not be unit length; a zero vector gets uniform probabilities.
 */
export function prototypeProbabilities(
  vectors: Float32Array,
  count: number,
  prototypes: Float32Array,
  options: PrototypeOptions = {},
): Float32Array {
  const dim = options.dim ?? DEFAULT_DIM;
  const temperature = options.temperature ?? DEFAULT_PROTOTYPE_TEMPERATURE;
  if (!(temperature > 0)) throw new Error(`prototypeProbabilities: temperature must be > 0, got ${temperature}`);
  const classes = rowCount(prototypes, dim);
  if (classes < 1 || prototypes.length !== classes * dim) {
    throw new Error(`prototypeProbabilities: prototypes must be whole ${dim}-d rows (one per class), got ${prototypes.length} values`);
  }
  if (vectors.length < count * dim) {
    throw new Error(`prototypeProbabilities: ${count} rows of ${dim} need ${count * dim} values, got ${vectors.length}`);
  }
  const prototypeNorms = rowNorms(prototypes, classes, dim);
  const out = new Float32Array(count * classes);
  const logits = new Float64Array(classes);
  for (let i = 0; i < count; i++) {
    const norm = Math.sqrt(dotRows(vectors, i, vectors, i, dim));
    let max = -Infinity;
    for (let c = 0; c < classes; c++) {
      const denominator = norm * prototypeNorms[c]!;
      const cosine = denominator > 0 ? dotRows(vectors, i, prototypes, c, dim) / denominator : 0;
      logits[c] = cosine / temperature;
      if (logits[c]! > max) max = logits[c]!;
    }
    // Subtract the max before exp so a cold temperature cannot overflow.
    let sum = 0;
    for (let c = 0; c < classes; c++) {
      logits[c] = Math.exp(logits[c]! - max);
      sum += logits[c]!;
    }
    for (let c = 0; c < classes; c++) out[i * classes + c] = logits[c]! / sum;
  }
  return out;
}

/** The prototypes as an ensemble member. */
export function prototypeSource(prototypes: Float32Array, options: PrototypeOptions = {}): ProbabilitySource {
  return (vectors, count) => prototypeProbabilities(vectors, count, prototypes, options);
}
