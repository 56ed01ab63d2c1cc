/**
 * The training set of the user's categories: their labels (oldest first, so a prefix is "the
 * first n labels" of a learning curve) joined with the conversation vectors.
 */
import type { TrainingSet } from '../train';
import type { ConversationLabel, CustomCategory } from './types';

export interface CategoryTrainingSet {
  set: TrainingSet;
  /** Conversation row (into `vectors`) of each example. */
  rows: number[];
  /** Labels left out: their category was deleted or their conversation is not in this import. */
  dropped: number;
}

export function buildCategoryTrainingSet(options: {
  labels: readonly ConversationLabel[];
  categories: readonly CustomCategory[];
  conversationIds: readonly string[];
  vectors: Float32Array;
  dims: number;
}): CategoryTrainingSet {
  const { labels, categories, conversationIds, vectors, dims } = options;
  const classOf = new Map(categories.map((category, index) => [category.id, index]));
  const rowOf = new Map(conversationIds.map((id, row) => [id, row]));
  const usable = [...labels]
    .sort((a, b) => a.labelledAt - b.labelledAt)
    .filter((label) => label.task === 'custom' && classOf.has(label.value) && rowOf.has(label.conversationId));
  const rows = usable.map((label) => rowOf.get(label.conversationId)!);
  const set: TrainingSet = {
    vectors: new Float32Array(rows.length * dims),
    labels: Int32Array.from(usable, (label) => classOf.get(label.value)!),
    count: rows.length,
    dims,
    classes: categories.length,
  };
  rows.forEach((row, i) => set.vectors.set(vectors.subarray(row * dims, (row + 1) * dims), i * dims));
  return { set, rows, dropped: labels.length - usable.length };
}

/** How many distinct classes have at least one example. */
export function labelledClassCount(set: TrainingSet): number {
  return new Set(set.labels).size;
}

/** Why this set cannot be trained on yet, in words, or null when it can. */
export function trainingBlocker(set: TrainingSet): string | null {
  if (set.classes < 2) return 'Add at least two categories first.';
  if (labelledClassCount(set) < 2) return 'Label conversations in at least two categories first.';
  if (set.count < MIN_LABELS) return `Label at least ${MIN_LABELS} conversations first (${set.count} so far).`;
  return null;
}

export const MIN_LABELS = 4;
