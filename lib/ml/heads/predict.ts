/**
 * Runs trained heads over a batch of sentence vectors: dense layers (ReLU between), softmax last.
 * Plain loops over typed arrays: ~10k rows × all four heads take well under a second.
 */
import type { Head, Layer } from './format';
import { HEAD_NAMES, type HeadName } from './labels';
import toxicityCalibration from './trained/toxicity.calibration.json';

export interface HeadPrediction {
  /** Best label per row (an index into head.labels). */
  labelIndex: Int32Array;
  /** Row-major `count × labels`, each row summing to 1. */
  probabilities: Float32Array;
}

/**
 * `out[r, o] = bias[o] + Σ_i weights[o, i] · input[r, i]`, optionally through a ReLU. Four
 * accumulators let the JIT overlap the multiply-adds (~1.7× faster than one running sum).
 */
function dense(layer: Layer, input: Float32Array, count: number, relu: boolean): Float32Array {
  const { inputs, outputs, weights, bias } = layer;
  const out = new Float32Array(count * outputs);
  for (let row = 0; row < count; row++) {
    const x = row * inputs;
    for (let o = 0; o < outputs; o++) {
      const w = o * inputs;
      let s0 = 0;
      let s1 = 0;
      let s2 = 0;
      let s3 = 0;
      let i = 0;
      for (; i + 3 < inputs; i += 4) {
        s0 += weights[w + i]! * input[x + i]!;
        s1 += weights[w + i + 1]! * input[x + i + 1]!;
        s2 += weights[w + i + 2]! * input[x + i + 2]!;
        s3 += weights[w + i + 3]! * input[x + i + 3]!;
      }
      let sum = bias[o]! + (s0 + s1) + (s2 + s3);
      for (; i < inputs; i++) sum += weights[w + i]! * input[x + i]!;
      out[row * outputs + o] = relu && sum < 0 ? 0 : sum;
    }
  }
  return out;
}

/** Softmax in place per row (max-shifted); returns the argmax per row. */
export function softmaxRows(values: Float32Array, count: number, width: number): Int32Array {
  const best = new Int32Array(count);
  for (let row = 0; row < count; row++) {
    const at = row * width;
    let max = -Infinity;
    for (let k = 0; k < width; k++) {
      if (values[at + k]! > max) {
        max = values[at + k]!;
        best[row] = k;
      }
    }
    let total = 0;
    for (let k = 0; k < width; k++) {
      const e = Math.exp(values[at + k]! - max);
      values[at + k] = e;
      total += e;
    }
    for (let k = 0; k < width; k++) values[at + k]! /= total;
  }
  return best;
}

/** Runs dense layers (ReLU between, softmax after the last) over `count` row-major vectors. */
export function runLayers(layers: readonly Layer[], vectors: Float32Array, count: number): HeadPrediction {
  let values = vectors;
  layers.forEach((layer, index) => {
    values = dense(layer, values, count, index < layers.length - 1);
  });
  const labelIndex = softmaxRows(values, count, layers[layers.length - 1]!.outputs);
  return { labelIndex, probabilities: values };
}

/** Labels `count` vectors (row-major, `count × head.dims`). */
export function predict(head: Head, vectors: Float32Array, count: number): HeadPrediction {
  if (vectors.length < count * head.dims) throw new Error(`predict(${head.head}): ${count} rows need ${count * head.dims} values, got ${vectors.length}`);
  return runLayers(head.layers, vectors, count);
}

/** Applies every given head to the same batch of vectors. */
export function applyHeads<H extends HeadName>(heads: Record<H, Head>, vectors: Float32Array, count: number): Record<H, HeadPrediction> {
  const out = {} as Record<H, HeadPrediction>;
  for (const name of Object.keys(heads) as H[]) out[name] = predict(heads[name], vectors, count);
  return out;
}

/**
 * The toxicity head is the safety head (unsafe requests in chat prompts, on student vectors, its
 * softmax calibrated to a realistic 12 % unsafe mix). A message counts as toxic at p(toxic) ≥ this
 * threshold, chosen on the head's dev split for toxic-class F1 by `npm run train:heads`, which
 * writes it next to the head (lib/ml/heads/trained/toxicity.calibration.json).
 */
export const TOXIC_THRESHOLD: number = toxicityCalibration.threshold;

/**
 * Where the product decides a message's label by more than the argmax: `label` is given only
 * when its probability is at least `minProbability`, otherwise the most likely other label.
 * Keyed by head name as a string so a renamed head fails the registry test, not the type-check.
 */
export const DECISION_RULES: Readonly<Record<string, { label: string; minProbability: number }>> = {
  toxicity: { label: 'toxic', minProbability: TOXIC_THRESHOLD },
};

/** Other names a task may be asked for by (`--tasks safety` is the toxicity head, whichever name it has now). */
const HEAD_ALIASES: Readonly<Record<string, readonly string[]>> = { safety: ['toxicity'], toxicity: ['safety'] };

/** The shipped head a task name means (its own name or an alias), or an error naming the choices. */
export function resolveHeadName(task: string, names: readonly string[] = HEAD_NAMES): HeadName {
  if (names.includes(task)) return task as HeadName;
  const alias = HEAD_ALIASES[task]?.find((name) => names.includes(name));
  if (alias) return alias as HeadName;
  const known = [...new Set([...names, ...Object.keys(HEAD_ALIASES)])];
  throw new Error(`unknown task "${task}"; expected one of ${known.join(', ')}`);
}

/** One head's labels for a batch of messages, as the product decides them. */
export interface MessageLabels {
  head: HeadName;
  labels: readonly string[];
  /** The decided label per row (an index into `labels`): the argmax, or the head's decision rule. */
  labelIndex: Int32Array;
  /** Row-major `count × labels`: the head's softmax as shipped (no recalibration), each row summing to 1. */
  probabilities: Float32Array;
}

/** The product's label per row from a head's probabilities (see DECISION_RULES). */
export function decideLabels(head: Pick<Head, 'head' | 'labels'>, prediction: HeadPrediction): Int32Array {
  const rule = DECISION_RULES[head.head];
  if (!rule) return prediction.labelIndex;
  const target = head.labels.indexOf(rule.label);
  if (target < 0) throw new Error(`decision rule for ${head.head}: label "${rule.label}" is not one of ${head.labels.join(', ')}`);
  const width = head.labels.length;
  const { probabilities } = prediction;
  return Int32Array.from(prediction.labelIndex, (best, row) => {
    const at = row * width;
    if (probabilities[at + target]! >= rule.minProbability) return target;
    if (best !== target) return best;
    let other = target === 0 ? 1 : 0;
    for (let k = 0; k < width; k++) if (k !== target && probabilities[at + k]! > probabilities[at + other]!) other = k;
    return other;
  });
}

/**
 * The per-message labelling of the analysis: every requested head over the same message vectors,
 * then each head's decision rule. `runMlPipeline`, `npm run label` and `npm run eval:heads` all
 * call this, so what is measured and what is shipped cannot drift apart.
 */
export function labelMessages<H extends HeadName>(
  vectors: Float32Array,
  count: number,
  heads: Record<H, Head>,
  tasks: readonly H[] = Object.keys(heads) as H[],
): Record<H, MessageLabels> {
  const out = {} as Record<H, MessageLabels>;
  for (const name of tasks) {
    const head = heads[name];
    if (!head) throw new Error(`labelMessages: no "${name}" head loaded`);
    const prediction = predict(head, vectors, count);
    out[name] = { head: head.head, labels: head.labels, labelIndex: decideLabels(head, prediction), probabilities: prediction.probabilities };
  }
  return out;
}
