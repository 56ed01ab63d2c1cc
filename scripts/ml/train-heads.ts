/**
 * Trains the analysis heads and writes lib/ml/heads/trained/<head>.json.
 *
 *   npm run train:heads                # all heads
 *   npx tsx scripts/ml/train-heads.ts intent sentiment
 *
 * Per head: a stratified validation slice (15%) is carved from TRAIN; softmax regression at a few
 * L2 strengths and a one-hidden-layer MLP (best epoch) compete on its macro-F1; the winner is
 * refitted on all of train with the chosen settings. Deterministic: same data → same file bytes.
 *
 * Sentiment, emotion and intent are trained on teacher (USE-lite) vectors; their dev split and the
 * hand-labelled prompts are only measured, never used to choose. The toxicity head is the safety
 * head (unsafe requests in chat prompts, scripts/ml/head-sets.ts `loadSafetyData`), trained on the
 * student's vectors, the ones the product labels messages with (about a minute on two cores): the
 * chosen settings are refitted as an ensemble of MLPs (joined into one), then its dev split, weighed
 * to a realistic mix, sets a prior shift and a temperature (folded into the last layer) and the
 * threshold on p(toxic) with the best toxic-class F1, written with the scores to
 * lib/ml/heads/trained/toxicity.calibration.json. openai-moderation's own dev split is held out for
 * the report.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Head, HeadKind, Layer } from '../../lib/ml/heads/format';
import { serializeHead } from '../../lib/ml/heads/format';
import { HEAD_LABELS, HEAD_NAMES, type HeadName } from '../../lib/ml/heads/labels';
import { f1Report, type F1Report } from '../../lib/ml/heads/metrics';
import { runLayers } from '../../lib/ml/heads/predict';
import { trainMlp, trainSoftmax, type TrainingSet } from '../../lib/ml/heads/train';
import { Rng } from '../../lib/demo/prng';
import { loadHeadSets, loadSafetySets, SAFETY_MIX, SAFETY_PRIOR, safetyCounts, safetyMixWeights, safetyText, subset, type Embed, type SafetyExample } from './head-sets';
import { studentVectors } from './student-vectors';
import { teacherVectors } from './teacher';

export const TRAIN_SEED = 20261124;
const VALIDATION_SHARE = 0.15;
const SOFTMAX_L2 = [1e-3, 1e-2, 3e-2, 1e-1];
const SOFTMAX_STEPS = 150;
const MLP_HIDDEN = 64;
const MLP_L2 = [1e-3, 1e-2];
const MLP_EPOCHS = 10;
const OUT_DIR = path.resolve(process.cwd(), 'lib/ml/heads/trained');

export function evaluate(layers: Layer[], set: TrainingSet): F1Report {
  return f1Report(set.labels, runLayers(layers, set.vectors, set.count).labelIndex, set.classes);
}

export function perLabelF1(head: HeadName, report: F1Report): Record<string, number> {
  const out: Record<string, number> = {};
  HEAD_LABELS[head].forEach((label, index) => {
    const f1 = report.perLabel[index];
    if (f1 !== null && f1 !== undefined) out[label] = round4(f1);
  });
  return out;
}

const round4 = (value: number) => Math.round(value * 1e4) / 1e4;

/** Stratified split of row indices: `share` of each class to validation, seeded. */
function splitValidation(set: TrainingSet, seed: number): { fit: number[]; validation: number[] } {
  const rng = new Rng(seed);
  const fit: number[] = [];
  const validation: number[] = [];
  for (let k = 0; k < set.classes; k++) {
    const rows = [];
    for (let i = 0; i < set.count; i++) if (set.labels[i] === k) rows.push(i);
    for (let i = rows.length - 1; i > 0; i--) {
      const j = rng.int(0, i);
      [rows[i], rows[j]] = [rows[j]!, rows[i]!];
    }
    const cut = Math.round(rows.length * VALIDATION_SHARE);
    validation.push(...rows.slice(0, cut));
    fit.push(...rows.slice(cut));
  }
  return { fit: fit.sort((a, b) => a - b), validation: validation.sort((a, b) => a - b) };
}

interface Choice {
  kind: HeadKind;
  l2: number;
  iterations: number;
  score: number;
}

function chooseModel(head: HeadName, train: TrainingSet, seed: number, scores: Record<string, number>, hidden = MLP_HIDDEN): Choice {
  const { fit, validation } = splitValidation(train, seed);
  const fitSet = subset(train, fit);
  const validationSet = subset(train, validation);
  let best: Choice | undefined;
  const consider = (choice: Choice, name: string) => {
    scores[name] = round4(choice.score);
    if (!best || choice.score > best.score) best = choice;
  };
  for (const l2 of SOFTMAX_L2) {
    const started = performance.now();
    const score = evaluate(trainSoftmax(fitSet, { l2, steps: SOFTMAX_STEPS }), validationSet).macroF1;
    consider({ kind: 'softmax', l2, iterations: SOFTMAX_STEPS, score }, `softmax l2=${l2}`);
    log(`${head}: softmax l2=${l2} val macro-F1 ${score.toFixed(3)} (${seconds(started)})`);
  }
  for (const l2 of MLP_L2) {
    const started = performance.now();
    let epochBest = { score: -1, epoch: 0 };
    trainMlp(fitSet, {
      hidden,
      l2,
      epochs: MLP_EPOCHS,
      seed,
      onEpoch: (epoch, layers) => {
        const score = evaluate(layers, validationSet).macroF1;
        if (score > epochBest.score) epochBest = { score, epoch };
      },
    });
    consider({ kind: 'mlp', l2, iterations: epochBest.epoch, score: epochBest.score }, `mlp${hidden} l2=${l2}`);
    log(`${head}: mlp${hidden} l2=${l2} val macro-F1 ${epochBest.score.toFixed(3)} at epoch ${epochBest.epoch} (${seconds(started)})`);
  }
  return best!;
}

const log = (line: string) => process.stderr.write(`  ${line}\n`);
const seconds = (started: number) => `${((performance.now() - started) / 1000).toFixed(1)} s`;

async function trainHead(head: HeadName): Promise<{ head: Head; seconds: number; files?: Record<string, string> }> {
  if (head === 'toxicity') return trainSafetyHead();
  const started = performance.now();
  const sets = await loadHeadSets(head, teacherVectors);
  const seed = TRAIN_SEED + HEAD_NAMES.indexOf(head);
  const validation: Record<string, number> = {};
  const choice = chooseModel(head, sets.train, seed, validation);
  const layers =
    choice.kind === 'softmax'
      ? trainSoftmax(sets.train, { l2: choice.l2, steps: choice.iterations })
      : trainMlp(sets.train, { hidden: MLP_HIDDEN, l2: choice.l2, epochs: choice.iterations, seed });
  const dev = evaluate(layers, sets.dev);
  const prompts = sets.prompts ? evaluate(layers, sets.prompts) : null;
  return {
    head: {
      head,
      labels: HEAD_LABELS[head],
      encoder: 'use-lite',
      dims: sets.train.dims,
      kind: choice.kind,
      layers,
      training: {
        datasets: sets.datasets,
        seed,
        trainExamples: sets.train.count,
        l2: choice.l2,
        ...(choice.kind === 'mlp' ? { hidden: MLP_HIDDEN } : {}),
        iterations: choice.iterations,
        validation,
      },
      metrics: {
        devMacroF1: round4(dev.macroF1),
        devPerLabelF1: perLabelF1(head, dev),
        promptMacroF1: prompts ? round4(prompts.macroF1) : null,
        promptPerLabelF1: prompts ? perLabelF1(head, prompts) : null,
      },
    },
    seconds: (performance.now() - started) / 1000,
  };
}

// ——— The safety head (the `toxicity` name): student vectors, ensemble, calibration, threshold ———

/** Members of the safety head's MLP ensemble, each with this many hidden units (joined into one MLP: logits averaged). */
const SAFETY_ENSEMBLE = 4;
const SAFETY_HIDDEN = 32;
/** Written next to toxicity.json: the decision threshold the product applies (lib/ml/heads/predict.ts reads it) and how it was chosen. */
export const SAFETY_CALIBRATION_FILE = 'toxicity.calibration.json';
const ECE_BINS = 10;
const BOOTSTRAP_ROUNDS = 1000;
const TOXIC = HEAD_LABELS.toxicity.indexOf('toxic');

const logit = (p: number) => Math.log(p / (1 - p));
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** log p(toxic) − log p(ok) per row: the head's logit margin. */
function toxicMargins(layers: Layer[], vectors: Float32Array, count: number): Float64Array {
  const { probabilities } = runLayers(layers, vectors, count);
  return Float64Array.from({ length: count }, (_, row) => {
    const toxic = Math.max(probabilities[row * 2 + TOXIC]!, 1e-30);
    const ok = Math.max(probabilities[row * 2 + 1 - TOXIC]!, 1e-30);
    return Math.log(toxic) - Math.log(ok);
  });
}

/** MLPs over the same inputs → one MLP whose output logits are their mean (hidden units side by side). */
export function averageMlps(members: readonly Layer[][]): Layer[] {
  const first = members.map((member) => member[0]!);
  const second = members.map((member) => member[1]!);
  const inputs = first[0]!.inputs;
  const outputs = second[0]!.outputs;
  const hidden = first.reduce((sum, layer) => sum + layer.outputs, 0);
  const w1 = new Float32Array(hidden * inputs);
  const b1 = new Float32Array(hidden);
  const w2 = new Float32Array(outputs * hidden);
  const b2 = new Float32Array(outputs);
  let offset = 0;
  members.forEach((_, m) => {
    const a = first[m]!;
    const b = second[m]!;
    w1.set(a.weights, offset * inputs);
    b1.set(a.bias, offset);
    for (let o = 0; o < outputs; o++) {
      for (let j = 0; j < a.outputs; j++) w2[o * hidden + offset + j] = b.weights[o * a.outputs + j]! / members.length;
      b2[o]! += b.bias[o]! / members.length;
    }
    offset += a.outputs;
  });
  return [
    { inputs, outputs: hidden, weights: w1, bias: b1 },
    { inputs: hidden, outputs, weights: w2, bias: b2 },
  ];
}

/** Folds p(toxic) = σ(margin / temperature + shift) into the last layer, so the shipped softmax is the calibrated probability. */
function foldCalibration(layers: Layer[], temperature: number, shift: number): Layer[] {
  const last = layers[layers.length - 1]!;
  const bias = Float32Array.from(last.bias, (value) => value / temperature);
  bias[TOXIC]! += shift;
  return [...layers.slice(0, -1), { ...last, weights: Float32Array.from(last.weights, (value) => value / temperature), bias }];
}

/** Weighted negative log-likelihood of σ(margin / T + shift), minimised over log T by golden-section search. */
function fitTemperature(margins: Float64Array, labels: Int32Array, weights: Float64Array, shift: number): number {
  const nll = (logT: number) => {
    const t = Math.exp(logT);
    let total = 0;
    for (let i = 0; i < margins.length; i++) {
      const p = Math.min(Math.max(sigmoid(margins[i]! / t + shift), 1e-12), 1 - 1e-12);
      total -= weights[i]! * Math.log(labels[i] === TOXIC ? p : 1 - p);
    }
    return total;
  };
  let lo = Math.log(0.05);
  let hi = Math.log(20);
  for (let step = 0; step < 80; step++) {
    const a = hi - 0.618034 * (hi - lo);
    const b = lo + 0.618034 * (hi - lo);
    if (nll(a) < nll(b)) hi = b;
    else lo = a;
  }
  return Math.exp((lo + hi) / 2);
}

interface Scores {
  toxicF1: number;
  /** F1 of the `ok` class (the rows not flagged). */
  okF1: number;
  precision: number;
  recall: number;
  /** Weighted share of rows flagged toxic. */
  flagged: number;
}

/** Toxic-class F1, precision and recall of `p ≥ threshold`, rows weighted. */
function scoresAt(probabilities: Float64Array, labels: Int32Array, weights: Float64Array, threshold: number): Scores {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (let i = 0; i < probabilities.length; i++) {
    const flagged = probabilities[i]! >= threshold;
    const toxic = labels[i] === TOXIC;
    if (flagged && toxic) tp += weights[i]!;
    else if (flagged) fp += weights[i]!;
    else if (toxic) fn += weights[i]!;
    else tn += weights[i]!;
  }
  const total = tp + fp + fn + tn;
  return { toxicF1: tp ? (2 * tp) / (2 * tp + fp + fn) : 0, okF1: tn ? (2 * tn) / (2 * tn + fn + fp) : 0, precision: tp + fp ? tp / (tp + fp) : 0, recall: tp + fn ? tp / (tp + fn) : 0, flagged: total ? (tp + fp) / total : 0 };
}

/** The threshold on p(toxic) with the best weighted toxic-class F1: midway between the last score flagged and the next one down. */
function bestThreshold(probabilities: Float64Array, labels: Int32Array, weights: Float64Array): number {
  const order = [...probabilities.keys()].sort((a, b) => probabilities[b]! - probabilities[a]!);
  let positives = 0;
  for (let i = 0; i < labels.length; i++) if (labels[i] === TOXIC) positives += weights[i]!;
  let tp = 0;
  let fp = 0;
  let best = { f1: -1, threshold: 1 };
  for (let k = 0; k < order.length; k++) {
    const row = order[k]!;
    if (labels[row] === TOXIC) tp += weights[row]!;
    else fp += weights[row]!;
    const next = order[k + 1];
    if (next !== undefined && probabilities[next] === probabilities[row]) continue;
    const f1 = (2 * tp) / (tp + fp + positives);
    const below = next === undefined ? 0 : probabilities[next]!;
    if (f1 > best.f1) best = { f1, threshold: (probabilities[row]! + below) / 2 };
  }
  return best.threshold;
}

/** Weighted area under the ROC curve (ties count half). */
function auroc(scores: Float64Array, labels: Int32Array, weights: Float64Array): number {
  const order = [...scores.keys()].sort((a, b) => scores[a]! - scores[b]!);
  let negativesBelow = 0;
  let positives = 0;
  let area = 0;
  for (let start = 0; start < order.length; ) {
    let end = start;
    let groupPositive = 0;
    let groupNegative = 0;
    while (end < order.length && scores[order[end]!] === scores[order[start]!]) {
      const row = order[end++]!;
      if (labels[row] === TOXIC) groupPositive += weights[row]!;
      else groupNegative += weights[row]!;
    }
    area += groupPositive * (negativesBelow + groupNegative / 2);
    negativesBelow += groupNegative;
    positives += groupPositive;
    start = end;
  }
  return positives && negativesBelow ? area / (positives * negativesBelow) : 0;
}

/**
 * Expected calibration error of p(toxic), rows weighted: ECE_BINS equal-width bins of p(toxic), each
 * |mean p(toxic) − share toxic| weighed by its mass. (Binned on p(toxic), not on the top label's
 * probability: with two classes the latter lets over-flagging of ok rows and under-flagging of toxic
 * rows cancel out.)
 */
function ece(probabilities: Float64Array, labels: Int32Array, weights: Float64Array): number {
  const mass = new Float64Array(ECE_BINS);
  const predicted = new Float64Array(ECE_BINS);
  const toxic = new Float64Array(ECE_BINS);
  let total = 0;
  for (let i = 0; i < probabilities.length; i++) {
    const p = probabilities[i]!;
    const bin = Math.min(ECE_BINS - 1, Math.floor(p * ECE_BINS));
    mass[bin]! += weights[i]!;
    predicted[bin]! += weights[i]! * p;
    if (labels[i] === TOXIC) toxic[bin]! += weights[i]!;
    total += weights[i]!;
  }
  let error = 0;
  for (let bin = 0; bin < ECE_BINS; bin++) error += Math.abs(predicted[bin]! - toxic[bin]!);
  return total ? error / total : 0;
}

/** Rows weighted to `prior` unsafe, equal weight within each class. */
function classWeights(labels: Int32Array, prior: number): Float64Array {
  let positives = 0;
  for (const label of labels) if (label === TOXIC) positives++;
  const negatives = labels.length - positives;
  return Float64Array.from(labels, (label) => (label === TOXIC ? prior / positives : (1 - prior) / negatives));
}

/** A seeded bootstrap 90 % interval of a statistic over rows (resampled per class, so each draw keeps both classes). */
function bootstrap(labels: Int32Array, statistic: (rows: number[]) => number, seed: number): [number, number] {
  const rng = new Rng(seed);
  const byClass = [0, 1].map((k) => [...labels.keys()].filter((row) => labels[row] === k));
  const values: number[] = [];
  for (let round = 0; round < BOOTSTRAP_ROUNDS; round++) {
    const rows = byClass.flatMap((members) => members.map(() => members[rng.int(0, members.length - 1)]!));
    values.push(statistic(rows));
  }
  values.sort((a, b) => a - b);
  return [round4(values[Math.floor(BOOTSTRAP_ROUNDS * 0.05)]!), round4(values[Math.floor(BOOTSTRAP_ROUNDS * 0.95)]!)];
}

const pick = <T extends { length: number }>(values: Float64Array | Int32Array, rows: number[]) =>
  (values instanceof Int32Array ? Int32Array.from(rows, (row) => values[row]!) : Float64Array.from(rows, (row) => values[row]!)) as unknown as T;

const roundAll = <T extends object>(values: T): T =>
  Object.fromEntries(Object.entries(values).map(([key, value]) => [key, typeof value === 'number' ? round4(value) : value])) as T;

const labelsOf = (examples: readonly { label: string }[]) => Int32Array.from(examples, (example) => (example.label === 'toxic' ? TOXIC : 1 - TOXIC));

async function embedTexts(embed: Embed, texts: readonly string[], what: string): Promise<Float32Array> {
  const vectors = await embed(texts.map(safetyText), what);
  const dims = vectors[0]?.length ?? 0;
  const out = new Float32Array(texts.length * dims);
  vectors.forEach((vector, row) => out.set(vector, row * dims));
  return out;
}

async function trainSafetyHead(): Promise<{ head: Head; seconds: number; files: Record<string, string> }> {
  const started = performance.now();
  const embed: Embed = studentVectors;
  const sets = await loadSafetySets(embed);
  const { data } = sets;
  log(`toxicity (safety): ${sets.train.count} train, ${sets.dev.count} dev examples on student vectors`);
  const seed = TRAIN_SEED + HEAD_NAMES.indexOf('toxicity');
  const validation: Record<string, number> = {};
  const choice = chooseModel('toxicity', sets.train, seed, validation, SAFETY_HIDDEN);
  const seeds = choice.kind === 'mlp' ? Array.from({ length: SAFETY_ENSEMBLE }, (_, k) => seed + 1000 * k) : [seed];
  const raw =
    choice.kind === 'softmax'
      ? trainSoftmax(sets.train, { l2: choice.l2, steps: choice.iterations })
      : averageMlps(seeds.map((memberSeed) => trainMlp(sets.train, { hidden: SAFETY_HIDDEN, l2: choice.l2, epochs: choice.iterations, seed: memberSeed })));

  // Calibration on dev, weighed to the realistic mix. Training weighs the classes equally (a 50 % prior),
  // so first shift the log-odds to SAFETY_PRIOR, then fit the temperature.
  const devLabels = sets.dev.labels;
  const natural = safetyMixWeights(data.dev, SAFETY_PRIOR);
  const balanced = safetyMixWeights(data.dev, 0.5);
  const margins = toxicMargins(raw, sets.dev.vectors, sets.dev.count);
  const shift = logit(SAFETY_PRIOR);
  const temperatureOnly = fitTemperature(margins, devLabels, natural, 0);
  const temperature = fitTemperature(margins, devLabels, natural, shift);
  const layers = foldCalibration(raw, temperature, shift);
  const probabilityOf = (vectors: Float32Array, count: number) => Float64Array.from(toxicMargins(layers, vectors, count), sigmoid);
  const devP = probabilityOf(sets.dev.vectors, sets.dev.count);
  const rawP = Float64Array.from(margins, sigmoid);
  const temperatureOnlyP = Float64Array.from(margins, (margin) => sigmoid(margin / temperatureOnly));
  const threshold = round4(bestThreshold(devP, devLabels, natural));

  const mixReport = (weights: Float64Array) => ({
    ...roundAll(scoresAt(devP, devLabels, weights, threshold)),
    auroc: round4(auroc(devP, devLabels, weights)),
    eceUncalibrated: round4(ece(rawP, devLabels, weights)),
    eceTemperatureOnly: round4(ece(temperatureOnlyP, devLabels, weights)),
    eceCalibrated: round4(ece(devP, devLabels, weights)),
  });
  const bestBalancedThreshold = bestThreshold(devP, devLabels, balanced);
  const perSource: Record<string, { label: string; rows: number; flagged: number }> = {};
  data.dev.forEach((example, row) => {
    const key = `${example.source} ${example.label}`;
    const entry = (perSource[key] ??= { label: example.label, rows: 0, flagged: 0 });
    entry.rows++;
    if (devP[row]! >= threshold) entry.flagged++;
  });
  for (const entry of Object.values(perSource)) entry.flagged = round4(entry.flagged / entry.rows);

  // Held out: openai-moderation's own dev split, at its own mix and reweighted to the realistic prior.
  const held = data.moderationHeldOut;
  const heldLabels = labelsOf(held);
  const heldP = probabilityOf(await embedTexts(embed, held.map((example) => example.text), 'moderation held-out'), held.length);
  const heldReport = (prior: number | null) => {
    const weightsOf = (labels: Int32Array) => (prior === null ? new Float64Array(labels.length).fill(1) : classWeights(labels, prior));
    const weights = weightsOf(heldLabels);
    const f1Of = (rows: number[]) => scoresAt(pick(heldP, rows), pick(heldLabels, rows), weightsOf(pick(heldLabels, rows)), threshold).toxicF1;
    const aurocOf = (rows: number[]) => auroc(pick(heldP, rows), pick(heldLabels, rows), weightsOf(pick(heldLabels, rows)));
    return {
      unsafeShare: round4(prior ?? heldLabels.reduce((sum, label) => sum + (label === TOXIC ? 1 : 0), 0) / heldLabels.length),
      ...roundAll(scoresAt(heldP, heldLabels, weights, threshold)),
      toxicF1Interval90: bootstrap(heldLabels, f1Of, seed),
      auroc: round4(auroc(heldP, heldLabels, weights)),
      aurocInterval90: bootstrap(heldLabels, aurocOf, seed + 1),
      ece: round4(ece(heldP, heldLabels, weights)),
    };
  };
  const recallOf = async (examples: readonly SafetyExample[], what: string) => {
    const p = probabilityOf(await embedTexts(embed, examples.map((example) => example.text), what), examples.length);
    return round4(p.reduce((sum, value) => sum + (value >= threshold ? 1 : 0), 0) / Math.max(examples.length, 1));
  };
  const redTeamP = probabilityOf(await embedTexts(embed, data.redTeam, 'red-team prompts'), data.redTeam.length);

  const devNatural = mixReport(natural);
  const devBalanced = { ...mixReport(balanced), bestToxicF1: round4(scoresAt(devP, devLabels, balanced, bestBalancedThreshold).toxicF1), bestThreshold: round4(bestBalancedThreshold) };
  const calibration = {
    head: 'toxicity',
    task: 'unsafe requests in chat prompts (sexual content, hate and harassment, violence, self-harm, harmful instructions, jailbreaks)',
    label: 'toxic',
    threshold,
    rule: 'a message is flagged when the shipped head gives p(toxic) >= threshold',
    chosenOn: `dev split, weighed to the realistic mix (${SAFETY_PRIOR * 100} % unsafe): the threshold with the best toxic-class F1`,
    encoder: 'use-lite-static',
    calibration: {
      method: 'prior shift to the realistic mix (training weighs the classes equally), then temperature scaling fitted on dev (weighted NLL); both folded into the last layer',
      priorShift: round4(shift),
      temperature: round4(temperature),
      temperatureWithoutShift: round4(temperatureOnly),
    },
    model: { kind: choice.kind, members: seeds.length, hiddenPerMember: choice.kind === 'mlp' ? SAFETY_HIDDEN : null, seeds, l2: choice.l2, iterations: choice.iterations },
    mix: { unsafe: SAFETY_PRIOR, ...SAFETY_MIX },
    data: {
      train: safetyCounts(data.train),
      dev: safetyCounts(data.dev),
      heldOut: safetyCounts(held),
      evaluationOnly: data.evaluationOnly,
      notes: 'do-not-answer (CC BY-NC-SA) is measured only; the hh-rlhf red-team prompts are unlabelled and only measured; advbench is also trained in an asked form ("How do I …?")',
    },
    dev: { natural: devNatural, balanced: devBalanced, perSource },
    heldOut: {
      'safety/openai-moderation': { ownMix: heldReport(null), realisticMix: heldReport(SAFETY_PRIOR) },
      'safety/do-not-answer': { recall: await recallOf(data.doNotAnswer, 'do-not-answer'), strictRecall: await recallOf(data.doNotAnswer.filter((row) => row.strict), 'do-not-answer strict') },
      'hh-rlhf red-team prompts (unlabelled)': { flagged: round4(redTeamP.reduce((sum, value) => sum + (value >= threshold ? 1 : 0), 0) / redTeamP.length) },
    },
  };

  return {
    head: {
      head: 'toxicity',
      labels: HEAD_LABELS.toxicity,
      encoder: 'use-lite-static',
      dims: sets.train.dims,
      kind: choice.kind,
      layers,
      training: {
        datasets: data.datasets,
        seed,
        trainExamples: sets.train.count,
        l2: choice.l2,
        ...(choice.kind === 'mlp' ? { hidden: SAFETY_HIDDEN * seeds.length } : {}),
        iterations: choice.iterations,
        validation,
      },
      // Dev, weighed to the realistic mix, at the shipped threshold (see toxicity.calibration.json for the rest).
      metrics: {
        devMacroF1: round4((devNatural.okF1 + devNatural.toxicF1) / 2),
        devPerLabelF1: { ok: devNatural.okF1, toxic: devNatural.toxicF1 },
        promptMacroF1: null,
        promptPerLabelF1: null,
      },
    },
    seconds: (performance.now() - started) / 1000,
    files: { [SAFETY_CALIBRATION_FILE]: JSON.stringify(calibration, null, 2) + '\n' },
  };
}

async function main() {
  const asked = process.argv.slice(2);
  const heads = asked.length ? asked.map((name) => {
    if (!HEAD_NAMES.includes(name as HeadName)) throw new Error(`unknown head "${name}"; heads: ${HEAD_NAMES.join(', ')}`);
    return name as HeadName;
  }) : HEAD_NAMES;
  mkdirSync(OUT_DIR, { recursive: true });
  const rows: string[] = [];
  for (const name of heads) {
    const { head, seconds: took, files } = await trainHead(name);
    writeFileSync(path.join(OUT_DIR, `${name}.json`), serializeHead(head));
    for (const [file, text] of Object.entries(files ?? {})) writeFileSync(path.join(OUT_DIR, file), text);
    const { metrics, training } = head;
    const poor = (value: number | null) => (value !== null && value < 0.5 ? ' POOR' : '');
    rows.push(
      [
        name.padEnd(10),
        `${head.kind}${training.hidden ? training.hidden : ''}`.padEnd(8),
        String(training.l2).padEnd(7),
        String(training.trainExamples).padStart(6),
        (metrics.devMacroF1.toFixed(3) + poor(metrics.devMacroF1)).padEnd(11),
        ((metrics.promptMacroF1?.toFixed(3) ?? '–') + poor(metrics.promptMacroF1)).padEnd(11),
        `${took.toFixed(0)} s`,
      ].join(' │ '),
    );
  }
  console.log(['head      ', 'kind    ', 'l2     ', ' train', 'dev F1     ', 'prompt F1  ', 'time'].join(' │ '));
  for (const row of rows) console.log(row);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
