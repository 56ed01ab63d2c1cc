/**
 * Labelled vector sets for training and evaluating the heads (Node only): each head's train/dev
 * examples and the hand-labelled real prompts, as row-major matrices of encoder vectors.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HEAD_LABELS, type HeadName } from '../../lib/ml/heads/labels';
import type { TrainingSet } from '../../lib/ml/heads/train';
import { loadHeadData, loadPrompts } from './head-data';

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

export async function loadHeadSets(head: HeadName, embed: Embed): Promise<HeadSets> {
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
