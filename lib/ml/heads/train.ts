/**
 * Trains the heads in plain TypeScript (no ML library): multinomial logistic regression (softmax)
 * or a one-hidden-layer ReLU MLP, with L2, a class-balanced cross-entropy, and Adam. Inputs are
 * standardised per dimension while training and the scaling is folded into the first layer, so a
 * trained head runs on raw encoder vectors. Deterministic: seeded init and shuffles, fixed loop
 * order, so the same data gives the same weights bit for bit.
 */
import { Rng } from '../../demo/prng';
import type { Layer } from './format';

export interface TrainingSet {
  /** Row-major `count × dims`. */
  vectors: Float32Array;
  /** Class index per row. */
  labels: Int32Array;
  count: number;
  dims: number;
  classes: number;
}

export interface SoftmaxOptions {
  l2: number;
  /** Full-batch Adam steps. */
  steps?: number;
  learningRate?: number;
  /**
   * Called after each step with a lazy snapshot of the layers (scaling folded in), e.g. to watch a
   * validation slice; return true to stop training there. Without it, training is unchanged.
   */
  onStep?: (step: number, layers: () => Layer[]) => boolean | void;
}

export interface MlpOptions {
  hidden: number;
  l2: number;
  epochs: number;
  seed: number;
  batchSize?: number;
  learningRate?: number;
  /** Called after each epoch with the network so far (scaling folded in), e.g. to watch a validation slice; return true to stop there. */
  onEpoch?: (epoch: number, layers: Layer[]) => boolean | void;
}

/** Per-class weights N / (classes · n_k), so every class counts the same in the loss. */
export function balancedWeights(set: TrainingSet): Float64Array {
  const counts = new Float64Array(set.classes);
  for (let i = 0; i < set.count; i++) counts[set.labels[i]!]!++;
  return counts.map((n) => (n > 0 ? set.count / (set.classes * n) : 0));
}

interface Scaler {
  mean: Float64Array;
  inverseStd: Float64Array;
}

function fitScaler(set: TrainingSet): Scaler {
  const { vectors, count, dims } = set;
  const mean = new Float64Array(dims);
  const square = new Float64Array(dims);
  for (let i = 0; i < count; i++) {
    for (let d = 0; d < dims; d++) {
      const x = vectors[i * dims + d]!;
      mean[d]! += x;
      square[d]! += x * x;
    }
  }
  const inverseStd = new Float64Array(dims);
  for (let d = 0; d < dims; d++) {
    mean[d]! /= count;
    const variance = Math.max(square[d]! / count - mean[d]! ** 2, 0);
    inverseStd[d] = 1 / Math.max(Math.sqrt(variance), 1e-6);
  }
  return { mean, inverseStd };
}

function standardize(set: TrainingSet, scaler: Scaler): Float32Array {
  const out = new Float32Array(set.count * set.dims);
  for (let i = 0; i < set.count; i++) {
    for (let d = 0; d < set.dims; d++) out[i * set.dims + d] = (set.vectors[i * set.dims + d]! - scaler.mean[d]!) * scaler.inverseStd[d]!;
  }
  return out;
}

/** A layer over standardised inputs → the same layer over raw inputs. */
function foldScaler(weights: Float64Array, bias: Float64Array, outputs: number, scaler: Scaler): Layer {
  const inputs = scaler.mean.length;
  const folded = new Float32Array(outputs * inputs);
  const shifted = new Float32Array(outputs);
  for (let o = 0; o < outputs; o++) {
    let offset = bias[o]!;
    for (let d = 0; d < inputs; d++) {
      const w = weights[o * inputs + d]! * scaler.inverseStd[d]!;
      folded[o * inputs + d] = w;
      offset -= w * scaler.mean[d]!;
    }
    shifted[o] = offset;
  }
  return { inputs, outputs, weights: folded, bias: shifted };
}

const toLayer = (weights: Float64Array, bias: Float64Array, inputs: number, outputs: number): Layer => ({
  inputs,
  outputs,
  weights: Float32Array.from(weights),
  bias: Float32Array.from(bias),
});

class Adam {
  private readonly m: Float64Array;
  private readonly v: Float64Array;
  private t = 0;

  constructor(
    private readonly params: Float64Array,
    private readonly learningRate: number,
  ) {
    this.m = new Float64Array(params.length);
    this.v = new Float64Array(params.length);
  }

  step(grad: Float64Array): void {
    const beta1 = 0.9;
    const beta2 = 0.999;
    this.t++;
    const rate = (this.learningRate * Math.sqrt(1 - beta2 ** this.t)) / (1 - beta1 ** this.t);
    for (let i = 0; i < this.params.length; i++) {
      const g = grad[i]!;
      this.m[i] = beta1 * this.m[i]! + (1 - beta1) * g;
      this.v[i] = beta2 * this.v[i]! + (1 - beta2) * g * g;
      this.params[i]! -= (rate * this.m[i]!) / (Math.sqrt(this.v[i]!) + 1e-8);
    }
  }
}

/** Softmax of `logits[0..k)` in place. */
function softmaxInPlace(logits: Float64Array): void {
  let max = -Infinity;
  for (const value of logits) max = Math.max(max, value);
  let total = 0;
  for (let k = 0; k < logits.length; k++) {
    logits[k] = Math.exp(logits[k]! - max);
    total += logits[k]!;
  }
  for (let k = 0; k < logits.length; k++) logits[k]! /= total;
}

/** Multinomial logistic regression, full-batch Adam from zero weights. Returns one layer. */
export function trainSoftmax(set: TrainingSet, options: SoftmaxOptions): Layer[] {
  const { count, dims, classes, labels } = set;
  const steps = options.steps ?? 300;
  const scaler = fitScaler(set);
  const x = standardize(set, scaler);
  const classWeight = balancedWeights(set);
  const weights = new Float64Array(classes * dims);
  const bias = new Float64Array(classes);
  const gradW = new Float64Array(classes * dims);
  const gradB = new Float64Array(classes);
  const adamW = new Adam(weights, options.learningRate ?? 0.02);
  const adamB = new Adam(bias, options.learningRate ?? 0.02);
  const p = new Float64Array(classes);
  for (let step = 0; step < steps; step++) {
    gradW.fill(0);
    gradB.fill(0);
    for (let i = 0; i < count; i++) {
      const row = i * dims;
      for (let k = 0; k < classes; k++) {
        let sum = bias[k]!;
        for (let d = 0; d < dims; d++) sum += weights[k * dims + d]! * x[row + d]!;
        p[k] = sum;
      }
      softmaxInPlace(p);
      const w = classWeight[labels[i]!]! / count;
      for (let k = 0; k < classes; k++) {
        const g = w * (p[k]! - (labels[i] === k ? 1 : 0));
        gradB[k]! += g;
        for (let d = 0; d < dims; d++) gradW[k * dims + d]! += g * x[row + d]!;
      }
    }
    for (let j = 0; j < weights.length; j++) gradW[j]! += options.l2 * weights[j]!;
    adamW.step(gradW);
    adamB.step(gradB);
    if (options.onStep?.(step + 1, () => [foldScaler(weights, bias, classes, scaler)])) break;
  }
  return [foldScaler(weights, bias, classes, scaler)];
}

function gaussian(rng: Rng): number {
  const u = 1 - rng.next();
  const v = rng.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** One hidden ReLU layer, mini-batch Adam, He-initialised from `seed`. Returns two layers. */
export function trainMlp(set: TrainingSet, options: MlpOptions): Layer[] {
  const { count, dims, classes, labels } = set;
  const { hidden, l2 } = options;
  const batchSize = options.batchSize ?? 64;
  const rng = new Rng(options.seed);
  const scaler = fitScaler(set);
  const x = standardize(set, scaler);
  const classWeight = balancedWeights(set);
  const w1 = new Float64Array(hidden * dims).map(() => gaussian(rng) * Math.sqrt(2 / dims));
  const b1 = new Float64Array(hidden);
  const w2 = new Float64Array(classes * hidden).map(() => gaussian(rng) * Math.sqrt(1 / hidden));
  const b2 = new Float64Array(classes);
  const grads = [w1, b1, w2, b2].map((params) => new Float64Array(params.length));
  const [gw1, gb1, gw2, gb2] = grads as [Float64Array, Float64Array, Float64Array, Float64Array];
  const rate = options.learningRate ?? 1e-3;
  const adams = [w1, b1, w2, b2].map((params) => new Adam(params, rate));
  const h = new Float64Array(hidden);
  const p = new Float64Array(classes);
  const gh = new Float64Array(hidden);
  const order = Array.from({ length: count }, (_, i) => i);
  const snapshot = () => [foldScaler(w1, b1, hidden, scaler), toLayer(w2, b2, hidden, classes)];

  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = count - 1; i > 0; i--) {
      const j = rng.int(0, i);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (let start = 0; start < count; start += batchSize) {
      const end = Math.min(start + batchSize, count);
      for (const grad of grads) grad.fill(0);
      for (let b = start; b < end; b++) {
        const i = order[b]!;
        const row = i * dims;
        for (let j = 0; j < hidden; j++) {
          let sum = b1[j]!;
          for (let d = 0; d < dims; d++) sum += w1[j * dims + d]! * x[row + d]!;
          h[j] = sum > 0 ? sum : 0;
        }
        for (let k = 0; k < classes; k++) {
          let sum = b2[k]!;
          for (let j = 0; j < hidden; j++) sum += w2[k * hidden + j]! * h[j]!;
          p[k] = sum;
        }
        softmaxInPlace(p);
        const w = classWeight[labels[i]!]! / (end - start);
        gh.fill(0);
        for (let k = 0; k < classes; k++) {
          const g = w * (p[k]! - (labels[i] === k ? 1 : 0));
          gb2[k]! += g;
          for (let j = 0; j < hidden; j++) {
            gw2[k * hidden + j]! += g * h[j]!;
            gh[j]! += g * w2[k * hidden + j]!;
          }
        }
        for (let j = 0; j < hidden; j++) {
          if (h[j]! <= 0) continue;
          const g = gh[j]!;
          gb1[j]! += g;
          for (let d = 0; d < dims; d++) gw1[j * dims + d]! += g * x[row + d]!;
        }
      }
      for (let j = 0; j < w1.length; j++) gw1[j]! += l2 * w1[j]!;
      for (let j = 0; j < w2.length; j++) gw2[j]! += l2 * w2[j]!;
      adams.forEach((adam, index) => adam.step(grads[index]!));
    }
    if (options.onEpoch?.(epoch + 1, snapshot())) break;
  }
  return snapshot();
}
