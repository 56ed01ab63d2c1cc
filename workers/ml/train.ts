/**
 * The worker's training requests, answered from an import's cached conversation vectors:
 * which conversations to label next (active learning), training the user's categories (head +
 * zero-shot ensemble, cross-validated, learning curve, every conversation classified and stored),
 * and adapting the shipped sentiment head to the user's corrections.
 */
import { buildCategoryTrainingSet, trainingBlocker } from '@/lib/custom/training-set';
import { classifyWithEnsemble, evaluateEnsemble, fitCategoryHead, learningCurve } from '@/lib/custom/train-categories';
import type { CustomCategory, CustomHead, CustomTrainReport } from '@/lib/custom/types';
import { prototypeProbabilities } from '@/lib/train/ensemble/prototypes';
import { argmaxRow } from '@/lib/train/ensemble/probability-rows';
import { defaultClusterCount, fitClusters } from '@/lib/train/active/cluster';
import { pickNext } from '@/lib/train/active/pick-next';
import type { Clustering } from '@/lib/train/active/types';
import { classifierFrom } from '@/lib/train';
import type { WrappedDb } from '@/lib/store/db';
import { listCategories, listLabels, readCustomHead } from '@/lib/store/training';
import { embedCategories } from './category-prototypes';
import type { LoadedImport } from './run-ml';
import type { LabelSuggestion, Suggestions, TrainRequest } from './train-protocol';

const SEED = 7;

/** The first user message without the title the conversation text starts with. */
export function snippetOf(loaded: LoadedImport, row: number): string {
  const { text, title } = loaded.inputs.conversations[row]!;
  return text.startsWith(title) ? text.slice(title.length).trim() : text;
}

const clusterings = new WeakMap<LoadedImport, Clustering>();

/** k-means ignores labels: fitted once per loaded import and reused every round. */
function clusteringOf(loaded: LoadedImport, batch: number): Clustering {
  let clustering = clusterings.get(loaded);
  if (!clustering) {
    const count = loaded.inputs.conversations.length;
    const dims = loaded.teacher.dimensions;
    clustering = fitClusters(loaded.conversationVectors, count, dims, defaultClusterCount(count, batch), SEED);
    clusterings.set(loaded, clustering);
  }
  return clustering;
}

/** The current head's probabilities when it was trained on these very categories, else the prototypes'. */
async function currentProbabilities(db: WrappedDb, loaded: LoadedImport, categories: readonly CustomCategory[]): Promise<Float32Array | undefined> {
  if (categories.length < 2) return undefined;
  const count = loaded.inputs.conversations.length;
  const head = await readCustomHead(db, loaded.importId);
  const same = head && head.report.categories.length === categories.length && head.report.categories.every((category, i) => category.id === categories[i]!.id);
  if (same) return classifierFrom(head.report.model, head.layers).predictProba(loaded.conversationVectors, count);
  const prototypes = await embedCategories(db, loaded.teacher, categories);
  return prototypeProbabilities(loaded.conversationVectors, count, prototypes, { dim: loaded.teacher.dimensions });
}

export async function suggestLabels(db: WrappedDb, loaded: LoadedImport, request: Extract<TrainRequest, { type: 'suggest' }>): Promise<Suggestions> {
  const conversations = loaded.inputs.conversations;
  const rowOf = new Map(conversations.map((conversation, row) => [conversation.id, row]));
  const [categories, labels] = await Promise.all([listCategories(db), listLabels(db, 'custom', loaded.importId)]);
  const labelled = new Set(labels.flatMap((label) => (rowOf.has(label.conversationId) ? [rowOf.get(label.conversationId)!] : [])));
  // Skipped conversations are left out like labelled ones, but do not count as labels for the strategies.
  const skipped = new Set(request.exclude.flatMap((id) => (rowOf.has(id) ? [rowOf.get(id)!] : [])));
  const probabilities = await currentProbabilities(db, loaded, categories);
  const classes = Math.max(categories.length, 1);
  const result = pickNext({
    vectors: loaded.conversationVectors,
    count: conversations.length,
    dim: loaded.teacher.dimensions,
    labelled: new Set([...labelled, ...skipped]),
    probabilities: labelled.size > 0 ? probabilities : undefined,
    classNames: categories.length ? categories.map((category) => category.name) : ['—'],
    strategy: request.strategy,
    batch: request.batch,
    seed: SEED + labelled.size,
    clustering: request.strategy === 'diversity-cluster' || request.strategy.startsWith('uncertainty') ? clusteringOf(loaded, request.batch) : undefined,
  });
  const picks: LabelSuggestion[] = result.picks.map((pick) => ({
    conversationId: conversations[pick.index]!.id,
    title: conversations[pick.index]!.title,
    snippet: snippetOf(loaded, pick.index),
    reason: pick.reason,
    guess: probabilities && categories.length ? categories[argmaxRow(probabilities, pick.index, classes)]!.id : null,
  }));
  return { strategy: result.strategy, fallback: result.fallback, picks, unlabelled: conversations.length - labelled.size };
}

export async function trainCategories(db: WrappedDb, loaded: LoadedImport, request: Extract<TrainRequest, { type: 'train' }>): Promise<CustomTrainReport> {
  const started = performance.now();
  const dims = loaded.teacher.dimensions;
  const conversations = loaded.inputs.conversations;
  const [categories, labels] = await Promise.all([listCategories(db), listLabels(db, 'custom', loaded.importId)]);
  const { set } = buildCategoryTrainingSet({ labels, categories, conversationIds: conversations.map((c) => c.id), vectors: loaded.conversationVectors, dims });
  const blocker = trainingBlocker(set);
  if (blocker) throw new Error(blocker);
  const prototypes = await embedCategories(db, loaded.teacher, categories);
  const options = { model: request.model, method: request.method, seed: SEED };

  const evaluateStarted = performance.now();
  const evaluation = await evaluateEnsemble(set, prototypes, options);
  const curve = await learningCurve(set, prototypes, options, evaluation);
  const evaluateMs = performance.now() - evaluateStarted;

  const fitStarted = performance.now();
  const head = fitCategoryHead(set, options);
  const fitMs = performance.now() - fitStarted;

  const classified = classifyWithEnsemble({
    head,
    prototypes,
    vectors: loaded.conversationVectors,
    count: conversations.length,
    dims,
    method: request.method,
    weights: evaluation.members.map((member) => member.metrics.macroF1),
  });
  const report: CustomTrainReport = {
    model: request.model,
    method: request.method,
    folds: evaluation.folds,
    labelCount: set.count,
    categories: categories.map(({ id, name }) => ({ id, name })),
    members: evaluation.members,
    ensemble: evaluation.ensemble,
    curve,
    fitMs,
    evaluateMs,
    totalMs: performance.now() - started,
    trainedAt: Date.now(),
  };
  const row: CustomHead = {
    importId: loaded.importId,
    report,
    layers: head.layers,
    assignments: conversations.map((conversation, row) => ({
      conversationId: conversation.id,
      month: conversation.month,
      category: classified.predictions[row]!,
      confidence: classified.confidence[row]!,
    })),
  };
  await db.customHeads.put(row);
  return report;
}
