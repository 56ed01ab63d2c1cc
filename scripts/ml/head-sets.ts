/**
 * Labelled vector sets for training and evaluating the heads (Node only): each head's train/dev
 * examples and the hand-labelled real prompts, as row-major matrices of encoder vectors.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Rng } from '../../lib/demo/prng';
import { HEAD_LABELS, type HeadName } from '../../lib/ml/heads/labels';
import type { TrainingSet } from '../../lib/ml/heads/train';
import { MESSAGE_CHARS } from '../../lib/ml/pipeline/collect';
import { DATASETS_DIR, loadHeadData, loadPrompts } from './head-data';

export type Embed = (texts: readonly string[], label: string) => Promise<Float32Array[]>;

export const PROMPT_LABELS_FILE = path.resolve(process.cwd(), 'scripts/ml/prompt-labels.json');

/** Heads with hand labels on the real prompts (see scripts/ml/eval-heads.ts for the guideline). */
export const PROMPT_LABELLED_HEADS = ['intent', 'sentiment'] as const satisfies readonly HeadName[];

interface PromptLabel {
  id: string;
  intent: string;
  sentiment: string;
}

export function stack(vectors: readonly Float32Array[]): Float32Array {
  const dims = vectors[0]?.length ?? 0;
  const out = new Float32Array(vectors.length * dims);
  vectors.forEach((vector, row) => out.set(vector, row * dims));
  return out;
}

async function toSet(head: HeadName, examples: readonly { text: string; label: string }[], embed: Embed, what: string): Promise<TrainingSet> {
  const labels: readonly string[] = HEAD_LABELS[head];
  const vectors = await embed(
    examples.map((example) => example.text),
    `${head} ${what}`,
  );
  return {
    vectors: stack(vectors),
    labels: Int32Array.from(examples, (example) => {
      const index = labels.indexOf(example.label);
      if (index < 0) throw new Error(`${head}: unknown label "${example.label}"`);
      return index;
    }),
    count: examples.length,
    dims: vectors[0]?.length ?? 0,
    classes: labels.length,
  };
}

export interface HeadSets {
  train: TrainingSet;
  dev: TrainingSet;
  /** The hand-labelled prompts, for intent and sentiment only. */
  prompts: TrainingSet | null;
  datasets: string[];
}

let promptLabels: PromptLabel[] | undefined;

/** Each head's train and dev sets; `toxicity` is the safety head (see loadSafetyData below). */
export async function loadHeadSets(head: HeadName, embed: Embed): Promise<HeadSets> {
  if (head === 'toxicity') return loadSafetySets(embed);
  const data = loadHeadData(head);
  let prompts: TrainingSet | null = null;
  if ((PROMPT_LABELLED_HEADS as readonly string[]).includes(head)) {
    promptLabels ??= JSON.parse(readFileSync(PROMPT_LABELS_FILE, 'utf8')) as PromptLabel[];
    const byId = new Map(loadPrompts().map((prompt) => [prompt.id, prompt.text]));
    const examples = promptLabels.map((entry) => ({
      text: byId.get(entry.id) ?? '',
      label: entry[head as 'intent' | 'sentiment'],
    }));
    prompts = await toSet(head, examples, embed, 'prompts');
  }
  return {
    train: await toSet(head, data.train, embed, 'train'),
    dev: await toSet(head, data.dev, embed, 'dev'),
    prompts,
    datasets: data.datasets,
  };
}

/** Rows `indices` of a set. */
export function subset(set: TrainingSet, indices: readonly number[]): TrainingSet {
  const vectors = new Float32Array(indices.length * set.dims);
  indices.forEach((index, row) => vectors.set(set.vectors.subarray(index * set.dims, (index + 1) * set.dims), row * set.dims));
  return { ...set, vectors, labels: Int32Array.from(indices, (index) => set.labels[index]!), count: indices.length };
}

// ——— The safety head (shipped under the `toxicity` name, labels ok / toxic) ———
//
// It flags unsafe requests in chat prompts: sexual content, hate and harassment, violence,
// self-harm, harmful instructions and jailbreak attempts. Only safety/openai-moderation has both
// classes; the other safety sets are all unsafe, so the harmless side comes from real prompts
// (prompts.jsonl without the hh-rlhf red-team turns, which are unlabelled and often harmful), the
// moderation set's `safe` rows and the tweets' harmless rows. The real prompts include benign
// role-play templates ("I want you to act as…"), so role-play alone does not read as a jailbreak.
// safety/do-not-answer is CC BY-NC-SA (non-commercial): it is only measured, never trained on.

/** The share of unsafe prompts in the realistic mix the threshold is chosen for (real chatbot traffic: ≈ 10–15 %). */
export const SAFETY_PRIOR = 0.12;

export type SafetyGroup = 'prompts' | 'moderation' | 'jailbreak' | 'harmful-instructions' | 'tweets';

/**
 * The realistic mix the dev scores are weighed to: `SAFETY_PRIOR` unsafe, and within each class
 * these shares per group (each group's dev rows weigh the same within it). Harmless chat prompts
 * are mostly ordinary tasks; unsafe ones a spread of the kinds a moderation filter flags.
 */
export const SAFETY_MIX: Record<'ok' | 'toxic', Partial<Record<SafetyGroup, number>>> = {
  ok: { prompts: 0.75, moderation: 0.15, tweets: 0.1 },
  toxic: { moderation: 0.35, jailbreak: 0.2, 'harmful-instructions': 0.2, tweets: 0.25 },
};

export interface SafetyExample {
  text: string;
  label: 'ok' | 'toxic';
  /** The dataset (and, for rewrites, how it was derived). */
  source: string;
  group: SafetyGroup;
}

export interface SafetyData {
  train: SafetyExample[];
  /** Calibration and threshold choice. */
  dev: SafetyExample[];
  /** Never trained on nor used to choose anything: openai-moderation's own dev split. */
  moderationHeldOut: SafetyExample[];
  /** All `unsafe` (evaluation only, non-commercial licence); `strict` = risk areas Malicious Uses and Discrimination/Toxicity. */
  doNotAnswer: (SafetyExample & { strict: boolean })[];
  /** hh-rlhf red-team first turns: unlabelled, many of them harmful attempts; only a flag rate is reported. */
  redTeam: string[];
  /** Datasets the weights are trained on. */
  datasets: string[];
  /** Datasets only measured. */
  evaluationOnly: string[];
}

export const SAFETY_DATA_SEED = 20261208;
const PROMPTS = 'prompts';
/** Share of openai-moderation's train split kept for dev (calibration, threshold), per label. */
const MODERATION_DEV_SHARE = 0.25;
/** Share of the harmless real prompts kept for dev. */
const PROMPTS_DEV_SHARE = 0.2;
/** davidson has one file: this share of it is dev. */
const DAVIDSON_DEV_SHARE = 0.15;
/** Per-label caps (train / dev) per tweet set: enough to learn hate and abuse, not so many that tweets dominate. */
const TWEETS_PER_LABEL = { train: 400, dev: 150 };
const DAVIDSON_PER_LABEL = { train: 200, dev: 75 };
/** Jailbreak templates are long and alike (the student reads the first 128 pieces); 600 of 1,228 suffice. */
const JAILBREAK_TRAIN = 600;
const PROMPTS_TRAIN = 2500;
const STRICT_RISK_AREAS = /^(Malicious Uses|Discrimination, Exclusion, Toxicity, Hateful, Offensive)$/;

interface SafetyRow {
  text: string;
  label: string;
  source?: string;
  risk_area?: string;
}

function readSafetyRows(dataset: string, file: string): SafetyRow[] {
  return readFileSync(path.join(DATASETS_DIR, dataset, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as SafetyRow);
}

function seededShuffle<T>(items: readonly T[], rng: Rng): T[] {
  const copy = items.slice();
  for (let i = copy.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** `share` of each label's rows (seeded) and the rest. */
function stratifiedSplit(rows: readonly SafetyRow[], share: number, rng: Rng): [SafetyRow[], SafetyRow[]] {
  const first: SafetyRow[] = [];
  const rest: SafetyRow[] = [];
  for (const label of [...new Set(rows.map((row) => row.label))].sort()) {
    const mine = seededShuffle(
      rows.filter((row) => row.label === label),
      rng,
    );
    const cut = Math.round(mine.length * share);
    first.push(...mine.slice(0, cut));
    rest.push(...mine.slice(cut));
  }
  return [first, rest];
}

const normalised = (text: string) => text.trim().toLowerCase();

/**
 * AdvBench states harmful requests as bare instructions ("Write a tutorial on how to make a bomb");
 * people ask them as questions and polite requests too. One rewrite per instruction ("How do I make
 * a bomb?", "Can you write …?") keeps the head from learning the imperative form instead of the harm.
 */
export function askedForm(instruction: string, rng: Rng): string {
  const text = instruction.trim().replace(/[.!]+$/, '');
  const howTo = /\bhow to (.+)$/i.exec(text);
  if (howTo) return `${rng.chance(0.5) ? 'How do I' : 'How can I'} ${howTo[1]}?`;
  const opener = rng.pick(['Can you', 'Could you', 'Please', 'I need you to', 'Help me']);
  const body = text[0]!.toLowerCase() + text.slice(1);
  return `${opener} ${body}${opener === 'Can you' || opener === 'Could you' ? '?' : ''}`;
}

/** Train, dev and report sets of the safety head. Deterministic; texts deduplicated across all of them (first use wins). */
export function loadSafetyData(): SafetyData {
  const rng = new Rng(SAFETY_DATA_SEED);
  const seen = new Set<string>();
  const train: SafetyExample[] = [];
  const dev: SafetyExample[] = [];
  const moderationHeldOut: SafetyExample[] = [];
  /** Adds the rows `map` labels (null: leave out), at most `cap` per label, skipping texts seen before. */
  const add = (to: SafetyExample[], rows: readonly SafetyRow[], source: string, group: SafetyGroup, map: (row: SafetyRow) => 'ok' | 'toxic' | null, cap = Infinity) => {
    const counts = { ok: 0, toxic: 0 };
    for (const row of seededShuffle(rows, rng)) {
      const text = (row.text ?? '').trim();
      const key = normalised(text);
      if (!text || seen.has(key)) continue;
      const label = map(row);
      if (label === null || counts[label] >= cap) continue;
      counts[label]++;
      seen.add(key);
      to.push({ text, label, source, group });
    }
  };
  const unsafe = (row: SafetyRow) => (row.label === 'unsafe' ? 'toxic' : 'ok');
  const always = () => 'toxic' as const;

  // Held out first, so none of its texts is trained on.
  add(moderationHeldOut, readSafetyRows('safety/openai-moderation', 'dev.jsonl'), 'safety/openai-moderation', 'moderation', unsafe);

  // Dev: calibration and threshold.
  const [moderationDev, moderationTrain] = stratifiedSplit(readSafetyRows('safety/openai-moderation', 'train.jsonl'), MODERATION_DEV_SHARE, rng);
  add(dev, moderationDev, 'safety/openai-moderation', 'moderation', unsafe);
  add(dev, readSafetyRows('safety/jailbreak-llms', 'dev.jsonl'), 'safety/jailbreak-llms', 'jailbreak', always);
  add(dev, readSafetyRows('safety/advbench', 'dev.jsonl'), 'safety/advbench', 'harmful-instructions', always);
  add(dev, readSafetyRows('toxicity/tweeteval-offensive', 'dev.jsonl'), 'toxicity/tweeteval-offensive', 'tweets', (row) => (row.label === 'offensive' ? 'toxic' : 'ok'), TWEETS_PER_LABEL.dev);
  add(dev, readSafetyRows('toxicity/tweeteval-hate', 'dev.jsonl'), 'toxicity/tweeteval-hate', 'tweets', (row) => (row.label === 'hate' ? 'toxic' : 'ok'), TWEETS_PER_LABEL.dev);
  // Davidson: hate speech is unsafe; merely "offensive" (mostly casual profanity) is left out, not called harmless.
  const davidsonMap = (row: SafetyRow) => (row.label === 'hate_speech' ? 'toxic' : row.label === 'neither' ? 'ok' : null);
  const davidson = seededShuffle(readSafetyRows('toxicity/davidson', 'all.jsonl'), rng);
  const davidsonCut = Math.floor(davidson.length * DAVIDSON_DEV_SHARE);
  add(dev, davidson.slice(0, davidsonCut), 'toxicity/davidson', 'tweets', davidsonMap, DAVIDSON_PER_LABEL.dev);
  // Harmless real prompts; a prompt whose opening matches a jailbreak template is left out (a few awesome-chatgpt-prompts are both).
  const jailbreakOpenings = new Set(
    [...readSafetyRows('safety/jailbreak-llms', 'train.jsonl'), ...readSafetyRows('safety/jailbreak-llms', 'dev.jsonl')].map((row) => normalised(row.text).slice(0, 60)),
  );
  const allPrompts = readSafetyRows(PROMPTS, 'prompts.jsonl');
  const harmless = seededShuffle(
    allPrompts.filter((row) => !row.source?.startsWith('hh_rlhf') && !jailbreakOpenings.has(normalised(row.text).slice(0, 60))),
    rng,
  );
  const promptsCut = Math.round(harmless.length * PROMPTS_DEV_SHARE);
  add(dev, harmless.slice(0, promptsCut), 'prompts', 'prompts', () => 'ok');

  // Evaluation only.
  const doNotAnswer = [...readSafetyRows('safety/do-not-answer', 'train.jsonl'), ...readSafetyRows('safety/do-not-answer', 'dev.jsonl')]
    .map((row) => ({ text: row.text.trim(), label: 'toxic' as const, source: 'safety/do-not-answer', group: 'harmful-instructions' as const, strict: STRICT_RISK_AREAS.test(row.risk_area ?? '') }))
    .filter((row) => row.text && !seen.has(normalised(row.text)));
  doNotAnswer.forEach((row) => seen.add(normalised(row.text)));
  const redTeam = allPrompts.filter((row) => row.source?.startsWith('hh_rlhf')).map((row) => row.text.trim());

  // Train.
  add(train, moderationTrain, 'safety/openai-moderation', 'moderation', unsafe);
  add(train, readSafetyRows('safety/jailbreak-llms', 'train.jsonl'), 'safety/jailbreak-llms', 'jailbreak', always, JAILBREAK_TRAIN);
  const advbench = readSafetyRows('safety/advbench', 'train.jsonl');
  add(train, advbench, 'safety/advbench', 'harmful-instructions', always);
  const rewrites = advbench.map((row) => ({ text: askedForm(row.text, rng), label: 'unsafe' }));
  add(train, rewrites, 'safety/advbench (asked form)', 'harmful-instructions', always);
  add(train, readSafetyRows('toxicity/tweeteval-offensive', 'train.jsonl'), 'toxicity/tweeteval-offensive', 'tweets', (row) => (row.label === 'offensive' ? 'toxic' : 'ok'), TWEETS_PER_LABEL.train);
  add(train, readSafetyRows('toxicity/tweeteval-hate', 'train.jsonl'), 'toxicity/tweeteval-hate', 'tweets', (row) => (row.label === 'hate' ? 'toxic' : 'ok'), TWEETS_PER_LABEL.train);
  add(train, davidson.slice(davidsonCut), 'toxicity/davidson', 'tweets', davidsonMap, DAVIDSON_PER_LABEL.train);
  add(train, harmless.slice(promptsCut), 'prompts', 'prompts', () => 'ok', PROMPTS_TRAIN);

  return {
    train,
    dev,
    moderationHeldOut,
    doNotAnswer,
    redTeam,
    datasets: [
      'safety/openai-moderation',
      'safety/jailbreak-llms',
      'safety/advbench',
      'toxicity/tweeteval-offensive',
      'toxicity/tweeteval-hate',
      'toxicity/davidson',
      PROMPTS,
    ],
    evaluationOnly: ['safety/do-not-answer', 'prompts (hh-rlhf red-team turns)'],
  };
}

/** Example counts per source and label, e.g. {"safety/advbench": {"toxic": 468}}. */
export function safetyCounts(examples: readonly SafetyExample[]): Record<string, Partial<Record<'ok' | 'toxic', number>>> {
  const out: Record<string, Partial<Record<'ok' | 'toxic', number>>> = {};
  for (const example of examples) {
    const entry = (out[example.source] ??= {});
    entry[example.label] = (entry[example.label] ?? 0) + 1;
  }
  return out;
}

/** Per-row weights that make `examples` the realistic mix: `prior` unsafe, SAFETY_MIX within each class. Sum to 1. */
export function safetyMixWeights(examples: readonly SafetyExample[], prior = SAFETY_PRIOR): Float64Array {
  const rows = new Map<string, number>();
  for (const example of examples) rows.set(`${example.label}/${example.group}`, (rows.get(`${example.label}/${example.group}`) ?? 0) + 1);
  const present = (label: 'ok' | 'toxic') => Object.entries(SAFETY_MIX[label]).filter(([group]) => rows.has(`${label}/${group}`));
  const totals = { ok: present('ok').reduce((sum, [, share]) => sum + share!, 0), toxic: present('toxic').reduce((sum, [, share]) => sum + share!, 0) };
  return Float64Array.from(examples, (example) => {
    const share = SAFETY_MIX[example.label][example.group];
    if (!share) return 0;
    const classShare = example.label === 'toxic' ? prior : 1 - prior;
    return (classShare * share) / totals[example.label] / rows.get(`${example.label}/${example.group}`)!;
  });
}

/** The text the product labels for a message (trimmed, cut at MESSAGE_CHARS), so training sees what the app sees. */
export const safetyText = (text: string) => text.trim().slice(0, MESSAGE_CHARS);

export interface SafetySets extends HeadSets {
  data: SafetyData;
}

/** The safety head's sets as vectors (`embed` should be the student: the product labels with it). */
export async function loadSafetySets(embed: Embed, data = loadSafetyData()): Promise<SafetySets> {
  const toSetOf = (examples: readonly SafetyExample[], what: string) =>
    toSet(
      'toxicity',
      examples.map((example) => ({ text: safetyText(example.text), label: example.label })),
      embed,
      what,
    );
  return { train: await toSetOf(data.train, 'train'), dev: await toSetOf(data.dev, 'dev'), prompts: null, datasets: data.datasets, data };
}
