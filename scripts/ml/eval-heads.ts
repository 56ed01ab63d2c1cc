/**
 * Measures the committed heads the way the product uses them: student vectors (the encoder the
 * analysis labels messages with), the shipped heads and their decision rules, all through
 * `labelMessages` (lib/ml/heads/predict.ts), the same function as runMlPipeline and `npm run label`.
 *
 *   npm run eval:heads                              # every head, every set, product path
 *   npm run eval:heads -- --limit 2000              # at most 2,000 rows per set (seeded sample)
 *   npm run eval:heads -- intent safety             # some heads ("safety" = the toxicity head)
 *   npm run eval:heads -- --encoder use-lite        # teacher vectors instead (not what ships; slow)
 *
 * Sets, per head:
 *   train mix  the dev split `npm run train:heads` reports (per-label caps per source: near balanced)
 *   natural    per source, every held-out row (dev split, or the rows never trained on where the
 *              dataset has none) in the source's own class proportions; "pooled" joins the sources
 *   balanced   the same rows, sampled to equal counts per class (per source, and pooled)
 *   prompts    200 real prompts labelled by hand (intent and sentiment; a natural mix of real use)
 *   transfer   another task's data (the toxicity head on safety/openai-moderation: safe/unsafe)
 * Scores, of the labels the product decides: macro-F1 over the classes the set has (a source that
 * covers only some of a head's classes is not scored on the others; predictions into them still
 * cost recall, and are counted as "predicted outside"), per-class F1, accuracy, and ECE (10
 * equal-width bins on the top probability). A single-class source has recall only. A head under
 * WEAK_BELOW on the pooled natural mix or the hand-labelled prompts is named WEAK, and so is a
 * class under WEAK_CLASS_BELOW there.
 * Prints tables and writes bench/results/heads-eval.json.
 *
 * The natural sets map dataset labels onto the heads' labels with the rules of scripts/ml/head-data.ts
 * (restated here, since that file keeps them private); a check against the training dev split
 * prints a warning if the two ever disagree.
 *
 * The hand labels (scripts/ml/prompt-labels.json, ids only) were given by reading each prompt.
 * Selection: per source of prompts.jsonl a seeded shuffle, the first prompts of 8–600 characters
 * that read as English, quotas spread over the 13 sources (50 hh-rlhf, 20 awesome-chatgpt-prompts,
 * 36 arena-hard, 10 + 10 MT-bench/Vicuna, 24 self-instruct, 50 alpaca_eval).
 * Guideline — intent, by what the user asks of the assistant:
 *   question: asks for information or an opinion ("How do I…?", "What is…?", "Should I…?", a word problem ending in a question);
 *   request: a directive framed as an ask or wish ("Can/Could you…", "Please…", "I want you to act as…", "Do you have any suggestions…?");
 *   command: a bare imperative or task spec ("Write a poem about X", "Act as…", "Given X, find Y", an image-generation prompt);
 *   statement: tells without asking ("I think X", "I want to get better at networking"); complaint: vents anger or dissatisfaction; praise: thanks or admires.
 * Sentiment is the user's own tone, not the topic: neutral unless the writing shows hostility, fear, frustration
 *   or sadness (negative) or warmth, enthusiasm or gratitude (positive); "write a sad poem" is neutral.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Rng } from '../../lib/demo/prng';
import { parseHead, type Head } from '../../lib/ml/heads/format';
import { HEAD_NAMES, type HeadName } from '../../lib/ml/heads/labels';
import { f1Report } from '../../lib/ml/heads/metrics';
import { DECISION_RULES, labelMessages, resolveHeadName } from '../../lib/ml/heads/predict';
import { messageTextForLabels } from '../../lib/ml/pipeline/collect';
import { argmaxRows, calibration, logLoss } from '../../lib/train/metrics';
import { DATASETS_DIR, directive, loadHeadData, loadPrompts, promptIntent, single, SWDA_INTENT } from './head-data';
import { PROMPT_LABELS_FILE, PROMPT_LABELLED_HEADS } from './head-sets';
import { studentPort } from '../../lib/ml/student-port';
import { loadStudentInNode } from './student-vectors';
import { teacherVectors } from './teacher';

const HEADS_DIR = path.resolve(process.cwd(), 'lib/ml/heads/trained');
const RESULTS_FILE = path.resolve(process.cwd(), 'bench/results/heads-eval.json');
const ENCODERS = ['use-lite-static', 'use-lite'] as const;
type EncoderId = (typeof ENCODERS)[number];
/** A head is WEAK under this macro-F1 on the pooled natural mix or on the hand-labelled prompts. */
const WEAK_BELOW = 0.6;
/** A class is WEAK under this F1 on the pooled natural mix or the prompts. */
const WEAK_CLASS_BELOW = 0.4;
const SAMPLE_SEED = 20261207;

// ——— Options ———

interface Options {
  encoder: EncoderId;
  heads: HeadName[];
  limit: number | null;
}

function parseOptions(argv: string[]): Options {
  let encoder: EncoderId = 'use-lite-static';
  let limit: number | null = null;
  const heads: HeadName[] = [];
  const usage = `usage: eval-heads [--encoder ${ENCODERS.join('|')}] [--limit N] [${[...HEAD_NAMES, 'safety'].join('|')} …]`;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => (arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i]);
    if (arg === '--encoder' || arg.startsWith('--encoder=')) {
      const id = value();
      if (!ENCODERS.includes(id as EncoderId)) throw new Error(`--encoder must be one of ${ENCODERS.join(', ')}, not "${id}"`);
      encoder = id as EncoderId;
    } else if (arg === '--limit' || arg.startsWith('--limit=')) {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 1) throw new Error(`--limit must be a positive whole number; ${usage}`);
      limit = n;
    } else if (!arg.startsWith('-')) {
      let head: HeadName;
      try {
        head = resolveHeadName(arg);
      } catch (error) {
        throw new Error(`${(error as Error).message}; ${usage}`);
      }
      if (!heads.includes(head)) heads.push(head);
    } else {
      throw new Error(`unknown argument "${arg}"; ${usage}`);
    }
  }
  return { encoder, heads: heads.length ? heads : HEAD_NAMES, limit };
}

// ——— Natural sets: held-out rows of each source, labels mapped as head-data.ts maps them ———

interface Row {
  text: string;
  label: string;
  label_name?: string;
  source?: string;
}

/** A mapping returns a label name, or a class index (binary heads: 0 = the harmless class), or null to leave the row out. */
type Mapped = string | 0 | 1 | null;

interface NaturalSource {
  dataset: string;
  map: (row: Row) => Mapped;
}

const PRAISE = /\b(thanks?|thank you|great|awesome|amazing|love (it|this)|perfect|brilliant|well done)\b/i;
const PROMPTS = 'prompts';

let handLabelled: { ids: Set<string>; openings: Set<string> } | undefined;
const opening = (text: string) => text.trim().toLowerCase().slice(0, 40);
function isHandLabelled(text: string): boolean {
  if (!handLabelled) {
    const ids = new Set((JSON.parse(readFileSync(PROMPT_LABELS_FILE, 'utf8')) as { id: string }[]).map((entry) => entry.id));
    handLabelled = { ids, openings: new Set(loadPrompts().filter((prompt) => ids.has(prompt.id)).map((prompt) => opening(prompt.text))) };
  }
  return handLabelled.openings.has(opening(text));
}
/** Task prompts are neutral in tone; red-team prompts (hh-rlhf) and the hand-labelled ones are left out. */
const neutralTask = <T extends Mapped>(row: Row, label: T): T | null => (row.source?.startsWith('hh_rlhf') || isHandLabelled(row.text) ? null : label);

/** Keyed by head name (or its alias), so a renamed head keeps its sets. */
const NATURAL: Record<string, NaturalSource[]> = {
  sentiment: [
    { dataset: 'sentiment/semeval2016', map: (r) => r.label },
    { dataset: 'sentiment/goemotions-group', map: (r) => (r.label === 'ambiguous' ? null : single(r.label)) },
    { dataset: 'sentiment/sst2', map: (r) => (r.text.split(' ').length >= 6 ? r.label : null) },
    { dataset: PROMPTS, map: (r) => neutralTask(r, 'neutral') },
  ],
  emotion: [
    { dataset: 'emotion/goemotions-ekman', map: (r) => single(r.label) },
    { dataset: 'emotion/dair', map: (r) => (r.label === 'love' ? 'joy' : r.label) },
    { dataset: PROMPTS, map: (r) => neutralTask(r, 'neutral') },
  ],
  intent: [
    {
      dataset: 'intent/dailydialog-acts',
      map: (r) => (r.label === 'question' ? 'question' : r.label === 'directive' ? directive(r.text) : r.label === 'inform' ? 'statement' : null),
    },
    { dataset: 'intent/swda', map: (r) => (r.text.split(' ').length >= 3 ? (SWDA_INTENT[r.label_name ?? ''] ?? null) : null) },
    { dataset: 'intent/trec-question-types', map: () => 'question' },
    { dataset: 'intent/snips', map: (r) => directive(r.text) },
    {
      dataset: 'emotion/goemotions-ekman',
      map: (r) =>
        r.text.includes('?') ? null : r.label === 'anger' || r.label === 'disgust' ? 'complaint' : r.label === 'joy' && PRAISE.test(r.text) ? 'praise' : null,
    },
    { dataset: PROMPTS, map: (r) => (isHandLabelled(r.text) ? null : promptIntent(r.text)) },
  ],
  toxicity: [
    { dataset: 'toxicity/tweeteval-offensive', map: (r) => (r.label === 'offensive' ? 1 : 0) },
    { dataset: 'toxicity/davidson', map: (r) => (r.label === 'neither' ? 0 : 1) },
    { dataset: 'sentiment/sst2', map: (r) => (r.label === 'negative' && r.text.split(' ').length >= 6 ? 0 : null) },
    { dataset: PROMPTS, map: (r) => neutralTask(r, 0) },
  ],
};

/** Other tasks' data a head is also measured on, never pooled with its own. */
const TRANSFER: Record<string, NaturalSource[]> = {
  toxicity: [{ dataset: 'safety/openai-moderation', map: (r) => (r.label === 'unsafe' ? 1 : 0) }],
};

const ALIASES: Record<string, string> = { toxicity: 'safety', safety: 'toxicity' };
const specsFor = <T>(table: Record<string, T[]>, head: string): T[] => table[head] ?? table[ALIASES[head] ?? ''] ?? [];

function readRows(file: string): Row[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Row);
}

/** The rows a dataset holds out: its dev split, else every row (those trained on are removed by the caller). */
function heldOutRows(dataset: string): Row[] {
  const dir = path.join(DATASETS_DIR, dataset);
  const files = readdirSync(dir);
  if (files.includes('dev.jsonl')) return readRows(path.join(dir, 'dev.jsonl'));
  return files.filter((file) => file.endsWith('.jsonl')).flatMap((file) => readRows(path.join(dir, file)));
}

const keyOf = (text: string) => text.trim().toLowerCase();

interface Example {
  text: string;
  label: number;
}

/** Held-out, mapped, deduplicated rows of one source, never one the head was trained on. */
function naturalExamples(spec: NaturalSource, labels: readonly string[], trained: Set<string>): Example[] {
  const seen = new Set<string>();
  const out: Example[] = [];
  for (const row of heldOutRows(spec.dataset)) {
    const text = row.text?.trim();
    if (!text) continue;
    const key = keyOf(text);
    if (trained.has(key) || seen.has(key)) continue;
    const mapped = spec.map(row);
    if (mapped === null) continue;
    const label = typeof mapped === 'number' ? mapped : labels.indexOf(mapped);
    if (label < 0 || label >= labels.length) throw new Error(`${spec.dataset}: mapped label "${mapped}" is not one of ${labels.join(', ')}`);
    seen.add(key);
    out.push({ text, label });
  }
  return out;
}

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const rng = new Rng(seed);
  const copy = items.slice();
  for (let i = copy.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** A seeded sample of at most `limit` rows: the natural mix, in expectation. */
const sample = (examples: readonly Example[], limit: number | null, seed: number) => (limit === null || examples.length <= limit ? examples.slice() : shuffled(examples, seed).slice(0, limit));

/** Equal counts per class present (the rarest class's count, or limit / classes), seeded. */
function balanced(examples: readonly Example[], classes: number, limit: number | null, seed: number): Example[] {
  const byClass = Array.from({ length: classes }, () => [] as Example[]);
  for (const example of examples) byClass[example.label]!.push(example);
  const present = byClass.filter((rows) => rows.length > 0);
  if (present.length < 2) return [];
  let per = Math.min(...present.map((rows) => rows.length));
  if (limit !== null) per = Math.min(per, Math.max(1, Math.floor(limit / present.length)));
  return present.flatMap((rows, k) => shuffled(rows, seed + k).slice(0, per));
}

// ——— Scoring through the product's labelling ———

type SetKind = 'train-mix' | 'natural' | 'balanced' | 'prompts' | 'transfer';

interface SetScore {
  set: string;
  kind: SetKind;
  source: string;
  n: number;
  classCounts: Record<string, number>;
  /** Mean F1 over the classes the set has; null for a single-class set (recall is the score there). */
  macroF1: number | null;
  accuracy: number;
  /** F1 of each class the set has. */
  perClassF1: Record<string, number>;
  /** Rows predicted as a class the set does not have. */
  predictedOutside: Record<string, number>;
  ece: number;
  logLoss: number;
  /** Macro-F1 of the plain argmax, where the product decides by a rule (the toxicity threshold). */
  argmaxMacroF1?: number | null;
  confusion: number[][];
}

type Embed = (texts: readonly string[]) => Promise<Float32Array>;

/** Texts → row-major vectors, prepared as the analysis prepares a message (trimmed, cut at 1,000 characters). */
async function embedderFor(encoder: EncoderId): Promise<Embed> {
  if (encoder === 'use-lite-static') {
    // The product's message encoder: the committed student behind the same port the pipeline embeds with.
    const student = studentPort(await loadStudentInNode());
    return (texts) => student.embed(texts.map(messageTextForLabels));
  }
  return async (texts) => {
    const vectors = await teacherVectors(texts.map(messageTextForLabels), 'eval');
    const out = new Float32Array(vectors.length * 512);
    vectors.forEach((vector, row) => out.set(vector, row * 512));
    return out;
  };
}

async function scoreSet(head: Head, examples: readonly Example[], embed: Embed, set: string, kind: SetKind, source: string): Promise<SetScore> {
  const labels = head.labels;
  const truth = Int32Array.from(examples, (example) => example.label);
  const vectors = await embed(examples.map((example) => example.text));
  const result = labelMessages(vectors, examples.length, { [head.head]: head } as Record<HeadName, Head>, [head.head])[head.head];
  const report = f1Report(truth, result.labelIndex, labels.length);
  const counts = new Array<number>(labels.length).fill(0);
  for (const label of truth) counts[label]!++;
  const present = labels.map((_, k) => k).filter((k) => counts[k]! > 0);
  const singleClass = present.length < 2;
  const macroOverPresent = (perLabel: (number | null)[]) => present.reduce((sum, k) => sum + (perLabel[k] ?? 0), 0) / present.length;
  const predicted = new Array<number>(labels.length).fill(0);
  for (const label of result.labelIndex) predicted[label]!++;
  const score: SetScore = {
    set,
    kind,
    source,
    n: examples.length,
    classCounts: Object.fromEntries(labels.map((label, k) => [label, counts[k]!])),
    macroF1: singleClass ? null : macroOverPresent(report.perLabel),
    accuracy: report.accuracy,
    perClassF1: Object.fromEntries(present.map((k) => [labels[k]!, report.perLabel[k] ?? 0])),
    predictedOutside: Object.fromEntries(labels.flatMap((label, k) => (counts[k] === 0 && predicted[k]! > 0 ? [[label, predicted[k]!]] : []))),
    ece: calibration(truth, result.probabilities, labels.length).ece,
    logLoss: logLoss(truth, result.probabilities, labels.length),
    confusion: report.matrix,
  };
  if (DECISION_RULES[head.head] && !singleClass) score.argmaxMacroF1 = macroOverPresent(f1Report(truth, argmaxRows(result.probabilities, labels.length), labels.length).perLabel);
  return score;
}

// ——— Output ———

const fixed = (value: number | null | undefined, digits = 3) => (value === null || value === undefined ? '–' : value.toFixed(digits));
const weak = (value: number | null | undefined) => (value !== null && value !== undefined && value < WEAK_BELOW ? ' WEAK' : '');

function mixLine(score: SetScore): string {
  return Object.entries(score.classCounts)
    .filter(([, n]) => n > 0)
    .map(([label, n]) => `${label} ${Math.round((100 * n) / score.n)}%`)
    .join(' ');
}

function printScore(score: SetScore): void {
  const main = score.macroF1 === null ? `recall   ${fixed(score.accuracy)}` : `macro-F1 ${fixed(score.macroF1)}${weak(score.macroF1)}`;
  const argmax = score.argmaxMacroF1 !== undefined ? ` (argmax ${fixed(score.argmaxMacroF1)})` : '';
  console.log(`  ${score.set.padEnd(34)} n=${String(score.n).padEnd(6)} ${main.padEnd(20)}${argmax} acc ${fixed(score.accuracy)} ECE ${fixed(score.ece)}`);
  console.log(`  ${''.padEnd(34)} mix: ${mixLine(score)}`);
  const outside = Object.entries(score.predictedOutside).map(([label, n]) => `${label} ${n}`);
  const outsideLine = outside.length ? `; predicted outside the set's classes: ${outside.join(' ')}` : '';
  if (score.macroF1 !== null) {
    const perClass = Object.entries(score.perClassF1)
      .map(([label, f1]) => `${label} ${fixed(f1, 2)}${f1 < WEAK_CLASS_BELOW ? '!' : ''}`)
      .join(' · ');
    console.log(`  ${''.padEnd(34)} F1: ${perClass}${outsideLine}`);
  } else if (outsideLine) {
    console.log(`  ${''.padEnd(34)} ${outsideLine.slice(2)}`);
  }
}

function confusionLines(labels: readonly string[], matrix: number[][]): string[] {
  const width = Math.max(...labels.map((label) => label.length), 6);
  const header = `${'truth \\ predicted'.padEnd(width + 2)}${labels.map((label) => label.slice(0, 9).padStart(10)).join('')}`;
  return [header, ...matrix.map((row, k) => `  ${labels[k]!.padEnd(width)}${row.map((n) => String(n).padStart(10)).join('')}`)];
}

interface HeadResult {
  head: HeadName;
  kind: string;
  trainedOn: string[];
  decisionRule: (typeof DECISION_RULES)[string] | null;
  sets: SetScore[];
  mappingCheck: { compared: number; disagreements: number };
  weak: boolean;
  weakClasses: string[];
  verdict: string;
}

function verdictOf(head: HeadName, sets: SetScore[]): Pick<HeadResult, 'weak' | 'weakClasses' | 'verdict'> {
  const judged = sets.filter((score) => (score.kind === 'natural' && score.source === 'pooled') || score.kind === 'prompts');
  const weakSets = judged.filter((score) => score.macroF1 !== null && score.macroF1 < WEAK_BELOW);
  const weakClasses = new Map<string, string[]>();
  for (const score of judged) {
    for (const [label, f1] of Object.entries(score.perClassF1)) {
      if (f1 >= WEAK_CLASS_BELOW) continue;
      weakClasses.set(label, [...(weakClasses.get(label) ?? []), `${score.kind === 'prompts' ? 'prompts' : 'natural'} ${f1.toFixed(2)}`]);
    }
  }
  const isWeak = weakSets.length > 0;
  const where = (score: SetScore) => (score.kind === 'prompts' ? 'the hand-labelled prompts' : 'the pooled natural mix');
  const parts = [
    isWeak
      ? `WEAK: macro-F1 ${weakSets.map((score) => `${fixed(score.macroF1)} on ${where(score)}`).join(', ')} (under ${WEAK_BELOW})`
      : `ok: macro-F1 ≥ ${WEAK_BELOW} on ${judged.map(where).join(' and ')}`,
  ];
  if (weakClasses.size) parts.push(`weak classes (F1 < ${WEAK_CLASS_BELOW}): ${[...weakClasses].map(([label, sets]) => `${label} (${sets.join(', ')})`).join('; ')}`);
  const weakSources = sets.filter((score) => score.kind === 'natural' && score.source !== 'pooled' && score.macroF1 !== null && score.macroF1 < WEAK_BELOW);
  if (weakSources.length) parts.push(`weak on the natural mix of ${weakSources.map((score) => `${score.source} (${fixed(score.macroF1)})`).join(', ')}`);
  return { weak: isWeak, weakClasses: [...weakClasses.keys()], verdict: `${head} ${parts.join('; ')}` };
}

// ——— Main ———

async function evaluateHead(name: HeadName, options: Options, embed: Embed): Promise<HeadResult> {
  const file = path.join(HEADS_DIR, `${name}.json`);
  if (!existsSync(file)) throw new Error(`no trained head at ${path.relative(process.cwd(), file)}`);
  const head = parseHead(JSON.parse(readFileSync(file, 'utf8')), { encoder: options.encoder, dims: 512 });
  const labels = head.labels;
  const data = loadHeadData(name);
  const trained = new Set(data.train.map((example) => keyOf(example.text)));
  const seed = (k: number) => SAMPLE_SEED + k;
  const sets: SetScore[] = [];
  const toExamples = (rows: { text: string; label: string }[]) => rows.map((row) => ({ text: row.text, label: labels.indexOf(row.label) }));

  sets.push(await scoreSet(head, sample(toExamples(data.dev), options.limit, seed(0)), embed, 'train mix (train:heads dev)', 'train-mix', 'train-heads dev'));

  const pooled: Example[] = [];
  const mappedByKey = new Map<string, Set<number>>();
  let index = 1;
  for (const spec of specsFor(NATURAL, name)) {
    const all = naturalExamples(spec, labels, trained);
    // Every label a text gets from any source (a few texts recur with other labels).
    for (const row of heldOutRows(spec.dataset)) {
      const mapped = row.text?.trim() ? spec.map(row) : null;
      if (mapped === null) continue;
      const key = keyOf(row.text);
      mappedByKey.set(key, (mappedByKey.get(key) ?? new Set()).add(typeof mapped === 'number' ? mapped : labels.indexOf(mapped)));
    }
    const natural = sample(all, options.limit, seed(index++));
    pooled.push(...natural);
    sets.push(await scoreSet(head, natural, embed, `natural  ${spec.dataset}`, 'natural', spec.dataset));
    const even = balanced(all, labels.length, options.limit, seed(index++));
    if (even.length) sets.push(await scoreSet(head, even, embed, `balanced ${spec.dataset}`, 'balanced', spec.dataset));
  }
  if (pooled.length) {
    sets.push(await scoreSet(head, pooled, embed, 'natural  pooled', 'natural', 'pooled'));
    const even = balanced(pooled, labels.length, null, seed(index++));
    if (even.length) sets.push(await scoreSet(head, even, embed, 'balanced pooled', 'balanced', 'pooled'));
  }

  if ((PROMPT_LABELLED_HEADS as readonly string[]).includes(name)) {
    const entries = JSON.parse(readFileSync(PROMPT_LABELS_FILE, 'utf8')) as Record<string, string>[];
    const byId = new Map(loadPrompts().map((prompt) => [prompt.id, prompt.text]));
    const examples = entries.map((entry) => ({ text: byId.get(entry.id!) ?? '', label: labels.indexOf(entry[name]!) })).filter((example) => example.text && example.label >= 0);
    sets.push(await scoreSet(head, examples, embed, 'prompts (hand-labelled, real use)', 'prompts', 'scripts/ml/prompt-labels.json'));
  }

  for (const spec of specsFor(TRANSFER, name)) {
    const all = naturalExamples(spec, labels, trained);
    sets.push(await scoreSet(head, sample(all, options.limit, seed(index++)), embed, `transfer ${spec.dataset}`, 'transfer', spec.dataset));
  }

  // The restated mappings must agree with head-data.ts on every training dev example they cover.
  let compared = 0;
  let disagreements = 0;
  for (const example of data.dev) {
    const mapped = mappedByKey.get(keyOf(example.text));
    if (mapped === undefined) continue;
    compared++;
    if (!mapped.has(labels.indexOf(example.label))) disagreements++;
  }
  return {
    head: name,
    kind: `${head.kind}${head.training.hidden ?? ''}`,
    trainedOn: head.training.datasets,
    decisionRule: DECISION_RULES[name] ?? null,
    sets,
    mappingCheck: { compared, disagreements },
    ...verdictOf(name, sets),
  };
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const embed = await embedderFor(options.encoder);
  const product = options.encoder === 'use-lite-static';
  console.log(
    `Heads on ${options.encoder} vectors${product ? ' (the product path: student, shipped heads, shipped decision rules)' : ' (teacher: NOT what the product labels with)'}` +
      `${options.limit ? `, at most ${options.limit} rows per set` : ', every held-out row'}\n`,
  );
  const results: HeadResult[] = [];
  for (const name of options.heads) {
    const started = performance.now();
    const result = await evaluateHead(name, options, embed);
    results.push(result);
    const rule = result.decisionRule ? `; decides "${result.decisionRule.label}" only at p ≥ ${result.decisionRule.minProbability}` : '';
    console.log(`${name} (${result.kind}, trained on ${result.trainedOn.join(', ')}${rule}) — ${((performance.now() - started) / 1000).toFixed(1)} s`);
    for (const score of result.sets) printScore(score);
    const prompts = result.sets.find((score) => score.kind === 'prompts');
    if (prompts) for (const line of confusionLines(Object.keys(prompts.classCounts), prompts.confusion)) console.log(`  ${line}`);
    const { compared, disagreements } = result.mappingCheck;
    if (disagreements) console.warn(`  WARNING: the restated label mapping disagrees with head-data.ts on ${disagreements} of ${compared} dev examples`);
    console.log(`  → ${result.verdict}\n`);
  }

  const pick = (result: HeadResult, kind: SetKind, source?: string) => result.sets.find((score) => score.kind === kind && (source === undefined || score.source === source));
  const cell = (score: SetScore | undefined, key: 'macroF1' | 'ece' = 'macroF1') => (score ? `${fixed(score[key])}${key === 'macroF1' ? weak(score.macroF1) : ''}` : '–');
  console.log('head       │ train mix  │ natural (pooled) │ balanced (pooled) │ prompts (hand) │ ECE natural │ verdict');
  for (const result of results) {
    console.log(
      [
        result.head.padEnd(10),
        cell(pick(result, 'train-mix')).padEnd(10),
        cell(pick(result, 'natural', 'pooled')).padEnd(16),
        cell(pick(result, 'balanced', 'pooled')).padEnd(17),
        cell(pick(result, 'prompts')).padEnd(14),
        cell(pick(result, 'natural', 'pooled'), 'ece').padEnd(11),
        result.weak ? 'WEAK' : 'ok',
      ].join(' │ '),
    );
  }
  console.log('(macro-F1 of the labels the product decides; WEAK under', WEAK_BELOW, 'on the natural mix or the prompts)');

  mkdirSync(path.dirname(RESULTS_FILE), { recursive: true });
  const json = {
    createdAt: new Date().toISOString(),
    encoder: options.encoder,
    productPath: product,
    limitPerSet: options.limit,
    sampleSeed: SAMPLE_SEED,
    weakBelow: WEAK_BELOW,
    weakClassBelow: WEAK_CLASS_BELOW,
    heads: results,
  };
  writeFileSync(RESULTS_FILE, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`\nWrote ${path.relative(process.cwd(), RESULTS_FILE)}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
