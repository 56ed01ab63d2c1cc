/** Wraps trained layers as a Classifier. */
import { runLayers } from '../ml/heads/predict';
import type { Classifier, Layer, ModelKind } from './types';

export function classifierFrom(kind: ModelKind, layers: Layer[]): Classifier {
  const first = layers[0];
  const last = layers[layers.length - 1];
  if (!first || !last) throw new Error('classifierFrom: a classifier needs at least one layer');
  return {
    kind,
    layers,
    classes: last.outputs,
    predictProba(vectors, count) {
      if (vectors.length < count * first.inputs) throw new Error(`predictProba: ${count} rows need ${count * first.inputs} values, got ${vectors.length}`);
      return runLayers(layers, vectors, count).probabilities;
    },
  };
}
