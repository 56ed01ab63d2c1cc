/**
 * A trained job as a head file in the shipped heads' format (lib/ml/heads/format.ts): a
 * retrained `sentiment` with the shipped labels passes parseHead and loads like the bundled one;
 * a custom task has the same shape under its own name.
 */
import { HEAD_FORMAT_VERSION, type HeadFile } from '../../ml/heads/format';
import type { JobWorkerResult } from './protocol';

export type ServerHeadFile = Omit<HeadFile, 'head'> & { head: string };

const round = (value: number) => (value === 0 ? 0 : Number(value.toPrecision(6)));

export function toServerHeadFile(name: string, classes: readonly string[], result: JobWorkerResult, training: { datasetId: string; seed: number; examples: number }): ServerHeadFile {
  const numeric = (key: string) => (typeof result.params[key] === 'number' ? (result.params[key] as number) : undefined);
  const perLabel = Object.fromEntries(Object.entries(result.metrics.perLabelF1).map(([label, f1]) => [label, f1 ?? 0]));
  return {
    format: HEAD_FORMAT_VERSION,
    head: name,
    labels: [...classes],
    encoder: result.encoderId,
    dims: result.layers[0]!.inputs,
    kind: result.kind === 'logistic' ? 'softmax' : 'mlp',
    training: {
      datasets: [`server-dataset:${training.datasetId}`],
      seed: training.seed,
      trainExamples: training.examples,
      l2: numeric('l2') ?? 1e-2,
      ...(result.kind === 'mlp' ? { hidden: numeric('hidden') ?? 64 } : {}),
      iterations: result.iterations,
      validation: Object.fromEntries(result.trials.map((trial) => [JSON.stringify(trial.params), trial.score ?? 0])),
    },
    metrics: { devMacroF1: result.metrics.macroF1, devPerLabelF1: perLabel, promptMacroF1: null, promptPerLabelF1: null },
    layers: result.layers.map((layer) => ({ inputs: layer.inputs, outputs: layer.outputs, weights: Array.from(layer.weights, round), bias: Array.from(layer.bias, round) })),
  };
}
