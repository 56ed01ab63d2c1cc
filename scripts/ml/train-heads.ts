/**
 * Trains the analysis heads on teacher (USE-lite) vectors and writes lib/ml/heads/trained/<head>.json.
 *
 *   npm run train:heads                # all heads
 *   npx tsx scripts/ml/train-heads.ts intent sentiment
 *
 * Per head: a stratified validation slice (15%) is carved from TRAIN; softmax regression at a few
 * L2 strengths and a one-hidden-layer MLP (best epoch) compete on its macro-F1; the winner is
 * refitted on all of train with the chosen settings. Dev and the hand-labelled prompts are only
 * measured, never used to choose. Deterministic: same data → same file bytes.
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
import { loadHeadSets, subset } from './head-sets';
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

function chooseModel(head: HeadName, train: TrainingSet, seed: number, scores: Record<string, number>): Choice {
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
      hidden: MLP_HIDDEN,
      l2,
      epochs: MLP_EPOCHS,
      seed,
      onEpoch: (epoch, layers) => {
        const score = evaluate(layers, validationSet).macroF1;
        if (score > epochBest.score) epochBest = { score, epoch };
      },
    });
    consider({ kind: 'mlp', l2, iterations: epochBest.epoch, score: epochBest.score }, `mlp${MLP_HIDDEN} l2=${l2}`);
    log(`${head}: mlp${MLP_HIDDEN} l2=${l2} val macro-F1 ${epochBest.score.toFixed(3)} at epoch ${epochBest.epoch} (${seconds(started)})`);
  }
  return best!;
}

const log = (line: string) => process.stderr.write(`  ${line}\n`);
const seconds = (started: number) => `${((performance.now() - started) / 1000).toFixed(1)} s`;

async function trainHead(head: HeadName): Promise<{ head: Head; seconds: number }> {
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

async function main() {
  const asked = process.argv.slice(2);
  const heads = asked.length ? asked.map((name) => {
    if (!HEAD_NAMES.includes(name as HeadName)) throw new Error(`unknown head "${name}"; heads: ${HEAD_NAMES.join(', ')}`);
    return name as HeadName;
  }) : HEAD_NAMES;
  mkdirSync(OUT_DIR, { recursive: true });
  const rows: string[] = [];
  for (const name of heads) {
    const { head, seconds: took } = await trainHead(name);
    writeFileSync(path.join(OUT_DIR, `${name}.json`), serializeHead(head));
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
