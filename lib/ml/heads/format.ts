/**
 * The trained-head file format (lib/ml/heads/trained/<head>.json): a small dense network over
 * sentence vectors, with what it was trained on and how well it did. Pure TypeScript, so the same
 * loader runs in Node, in tests and in the embedding worker.
 *
 * Bump HEAD_FORMAT_VERSION when the JSON shape changes (and retrain: `npm run train:heads`).
 */
import { countOf } from '../../view/language';
import { HEAD_LABELS, HEAD_NAMES, type HeadName } from './labels';

export const HEAD_FORMAT_VERSION = 1;

/**
 * Encoders whose vectors live in the same space. The static student is distilled into the
 * teacher's 512-d space, so heads trained on USE-lite vectors apply to its vectors too.
 */
const VECTOR_SPACE: Record<string, string> = { 'use-lite': 'use-lite', 'use-lite-q8': 'use-lite', 'use-lite-static': 'use-lite' };
export const vectorSpaceOf = (encoder: string) => VECTOR_SPACE[encoder] ?? encoder;

/** One dense layer; `weights` is row-major `outputs × inputs`. ReLU sits between layers, softmax after the last. */
export interface Layer {
  inputs: number;
  outputs: number;
  weights: Float32Array;
  bias: Float32Array;
}

export type HeadKind = 'softmax' | 'mlp';

export interface HeadMetrics {
  /** Macro-F1 on the head's dev split (datasets' dev sets, deduplicated against train). */
  devMacroF1: number;
  devPerLabelF1: Record<string, number>;
  /** Macro-F1 on the hand-labelled real prompts (scripts/ml/prompt-labels.json); null where none are labelled. */
  promptMacroF1: number | null;
  promptPerLabelF1: Record<string, number> | null;
}

export interface HeadTraining {
  datasets: string[];
  seed: number;
  trainExamples: number;
  l2: number;
  /** Hidden units (mlp only). */
  hidden?: number;
  /** Adam steps (softmax, full batch) or epochs (mlp, mini-batch). */
  iterations: number;
  /** Macro-F1 of each candidate on the validation slice carved from train, e.g. {"softmax l2=1e-3": 0.71}. */
  validation: Record<string, number>;
}

export interface Head {
  head: HeadName;
  labels: readonly string[];
  encoder: string;
  dims: number;
  kind: HeadKind;
  layers: Layer[];
  training: HeadTraining;
  metrics: HeadMetrics;
}

/** The JSON form: typed arrays as plain number lists. */
export interface HeadFile extends Omit<Head, 'layers'> {
  format: typeof HEAD_FORMAT_VERSION;
  layers: { inputs: number; outputs: number; weights: number[]; bias: number[] }[];
}

export interface HeadExpectation {
  encoder: string;
  dims: number;
}

export const USE_LITE_HEADS: HeadExpectation = { encoder: 'use-lite', dims: 512 };

const roundTo = (digits: number) => (value: number) => (value === 0 ? 0 : Number(value.toPrecision(digits)));

/** The JSON form of a head; numbers rounded to `digits` significant digits to keep files small. */
export function toHeadFile(head: Head, digits = 6): HeadFile {
  const round = roundTo(digits);
  return {
    format: HEAD_FORMAT_VERSION,
    head: head.head,
    labels: [...head.labels],
    encoder: head.encoder,
    dims: head.dims,
    kind: head.kind,
    training: head.training,
    metrics: head.metrics,
    layers: head.layers.map((layer) => ({
      inputs: layer.inputs,
      outputs: layer.outputs,
      weights: Array.from(layer.weights, round),
      bias: Array.from(layer.bias, round),
    })),
  };
}

function fail(what: string, message: string): never {
  throw new Error(`Head ${what}: ${message}`);
}

/**
 * Validates a parsed head file and turns it into a runnable head. Throws a clear error when the
 * file is malformed, or was trained for another encoder or vector size than `expect`.
 */
export function parseHead(json: unknown, expect: HeadExpectation = USE_LITE_HEADS): Head {
  const file = json as Partial<HeadFile> | null;
  if (!file || typeof file !== 'object') fail('file', 'not a JSON object');
  const name = String(file.head);
  if (file.format !== HEAD_FORMAT_VERSION) fail(name, `format ${file.format} is not ${HEAD_FORMAT_VERSION}; retrain with npm run train:heads`);
  if (!HEAD_NAMES.includes(file.head as HeadName)) fail(name, `unknown head; expected one of ${HEAD_NAMES.join(', ')}`);
  const head = file.head as HeadName;
  if (vectorSpaceOf(String(file.encoder)) !== vectorSpaceOf(expect.encoder) || file.dims !== expect.dims) {
    fail(head, `trained on encoder "${file.encoder}" (${file.dims}-d) but the vectors come from "${expect.encoder}" (${expect.dims}-d)`);
  }
  const labels = file.labels ?? [];
  const expected = HEAD_LABELS[head];
  if (labels.length !== expected.length || labels.some((label, index) => label !== expected[index])) {
    fail(head, `labels [${labels.join(', ')}] are not [${expected.join(', ')}]`);
  }
  if (file.kind !== 'softmax' && file.kind !== 'mlp') fail(head, `unknown kind "${file.kind}"`);
  const layers = (file.layers ?? []).map((layer, index): Layer => {
    const { inputs, outputs, weights, bias } = layer;
    if (weights?.length !== inputs * outputs || bias?.length !== outputs) fail(head, `layer ${index} has the wrong number of weights`);
    return { inputs, outputs, weights: Float32Array.from(weights), bias: Float32Array.from(bias) };
  });
  if (layers.length !== (file.kind === 'softmax' ? 1 : 2)) fail(head, `a ${file.kind} head has ${file.kind === 'softmax' ? 1 : 2} layers, not ${layers.length}`);
  layers.forEach((layer, index) => {
    const inputs = index === 0 ? expect.dims : layers[index - 1]!.outputs;
    if (layer.inputs !== inputs) fail(head, `layer ${index} takes ${layer.inputs} inputs, expected ${inputs}`);
  });
  if (layers[layers.length - 1]!.outputs !== labels.length) fail(head, `the last layer has ${countOf(layers[layers.length - 1]!.outputs, 'output')} for ${countOf(labels.length, 'label')}`);
  return {
    head,
    labels,
    encoder: String(file.encoder),
    dims: file.dims!,
    kind: file.kind,
    layers,
    training: file.training!,
    metrics: file.metrics!,
  };
}

/** The committed text of a head file: readable metadata, one line per weight array. Same head → same bytes. */
export function serializeHead(head: Head, digits = 6): string {
  const file = toHeadFile(head, digits);
  const arrays: number[][] = [];
  const placeholder = (values: number[]) => `@@${arrays.push(values) - 1}@@`;
  const layers = file.layers.map((layer) => ({ ...layer, weights: placeholder(layer.weights), bias: placeholder(layer.bias) }));
  const text = JSON.stringify({ ...file, layers }, null, 2);
  return text.replace(/"@@(\d+)@@"/g, (_, index: string) => JSON.stringify(arrays[Number(index)])) + '\n';
}
