/**
 * Adapts a shipped head to the user's corrections: the hidden layers stay frozen and the output
 * layer is fine-tuned from the shipped weights, with an L2 pull back towards them so a handful
 * of corrections moves the head without forgetting what it learnt from its datasets.
 */
import { runLayers } from '../ml/heads/predict';
import type { Layer } from '../ml/heads/format';
import type { TrainingSet } from '../train';

export interface AdaptOptions {
  /** Full-batch Adam steps. */
  steps?: number;
  learningRate?: number;
  /** Strength of the pull towards the shipped output weights. */
  anchor?: number;
}

/** ReLU(dense) through every layer but the last: the features the output layer sees. */
function hiddenFeatures(layers: readonly Layer[], vectors: Float32Array, count: number): Float32Array {
  let values = vectors;
  for (const layer of layers.slice(0, -1)) {
    const out = new Float32Array(count * layer.outputs);
    for (let row = 0; row < count; row++) {
      for (let o = 0; o < layer.outputs; o++) {
        let sum = layer.bias[o]!;
        for (let i = 0; i < layer.inputs; i++) sum += layer.weights[o * layer.inputs + i]! * values[row * layer.inputs + i]!;
        out[row * layer.outputs + o] = sum > 0 ? sum : 0;
      }
    }
    values = out;
  }
  return values;
}

export function adaptOutputLayer(layers: readonly Layer[], set: TrainingSet, options: AdaptOptions = {}): Layer[] {
  const { steps = 120, learningRate = 0.01, anchor = 0.05 } = options;
  const last = layers[layers.length - 1];
  if (!last) throw new Error('adaptOutputLayer: the head has no layers');
  if (set.classes !== last.outputs) throw new Error(`adaptOutputLayer: ${set.classes} classes, but the head has ${last.outputs} outputs`);
  if (set.count === 0) return [...layers];
  const features = hiddenFeatures(layers, set.vectors, set.count);
  const { inputs, outputs } = last;
  const params = new Float64Array([...last.weights, ...last.bias]);
  const shipped = Float64Array.from(params);
  const first = new Float64Array(params.length);
  const second = new Float64Array(params.length);
  const gradient = new Float64Array(params.length);
  const logits = new Float64Array(outputs);
  for (let step = 1; step <= steps; step++) {
    gradient.fill(0);
    for (let row = 0; row < set.count; row++) {
      let max = -Infinity;
      for (let o = 0; o < outputs; o++) {
        let sum = params[outputs * inputs + o]!;
        for (let i = 0; i < inputs; i++) sum += params[o * inputs + i]! * features[row * inputs + i]!;
        logits[o] = sum;
        max = Math.max(max, sum);
      }
      let total = 0;
      for (let o = 0; o < outputs; o++) total += logits[o] = Math.exp(logits[o]! - max);
      for (let o = 0; o < outputs; o++) {
        const error = (logits[o]! / total - (o === set.labels[row] ? 1 : 0)) / set.count;
        for (let i = 0; i < inputs; i++) gradient[o * inputs + i]! += error * features[row * inputs + i]!;
        gradient[outputs * inputs + o]! += error;
      }
    }
    // Adam, with the anchor's gradient 2·anchor·(w − w_shipped).
    for (let p = 0; p < params.length; p++) {
      const g = gradient[p]! + 2 * anchor * (params[p]! - shipped[p]!);
      first[p] = 0.9 * first[p]! + 0.1 * g;
      second[p] = 0.999 * second[p]! + 0.001 * g * g;
      params[p]! -= (learningRate * (first[p]! / (1 - 0.9 ** step))) / (Math.sqrt(second[p]! / (1 - 0.999 ** step)) + 1e-8);
    }
  }
  const adapted: Layer = { inputs, outputs, weights: Float32Array.from(params.subarray(0, outputs * inputs)), bias: Float32Array.from(params.subarray(outputs * inputs)) };
  return [...layers.slice(0, -1), adapted];
}

/** Probabilities of a head given as layers (for before/after scores). */
export function layerProbabilities(layers: readonly Layer[], vectors: Float32Array, count: number): Float32Array {
  return runLayers(layers, vectors, count).probabilities;
}
