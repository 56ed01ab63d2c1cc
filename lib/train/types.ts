/**
 * Shared shapes of the training library: the data a model learns from and the trained classifier
 * that browser workers, the CLI and server jobs pass around.
 */
import type { Layer } from '../ml/heads/format';
import type { TrainingSet } from '../ml/heads/train';

export type { Layer, TrainingSet };

export type ModelKind = 'logistic' | 'mlp';

export interface Classifier {
  kind: ModelKind;
  /** Dense layers over raw vectors (ReLU between, softmax last), the same format the shipped heads use. */
  layers: Layer[];
  /** Number of classes (the width of each probability row). */
  classes: number;
  /** Row-major `count × classes` probabilities for `count` row-major vectors. */
  predictProba(vectors: Float32Array, count: number): Float32Array;
}
