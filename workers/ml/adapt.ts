/**
 * Adaptation of the shipped sentiment head on conversation vectors: its guesses on the
 * conversations it is least sure about (for the user to correct), and the head adapted to the
 * user's corrections, scored before/after and stored; the next ML analysis uses it.
 */
import { layerProbabilities } from '@/lib/custom/adapt-head';
import { evaluateAdaptation } from '@/lib/custom/adapt-evaluation';
import type { AdaptedHead } from '@/lib/custom/types';
import { HEAD_LABELS } from '@/lib/ml/heads/labels';
import { loadTrainedHeads } from '@/lib/ml/heads/trained';
import type { Layer } from '@/lib/ml/heads/format';
import { pickUncertain } from '@/lib/train/active/uncertainty';
import { argmaxRow } from '@/lib/train/ensemble/probability-rows';
import type { TrainingSet } from '@/lib/train';
import type { WrappedDb } from '@/lib/store/db';
import { listLabels, readAdaptedHead } from '@/lib/store/training';
import type { LoadedImport } from './run-ml';
import { snippetOf } from './train';
import type { AdaptItem, HeadGuess } from './train-protocol';

const LABELS = HEAD_LABELS.sentiment;
const SEED = 11;

function guessAt(probabilities: Float32Array, row: number): HeadGuess {
  const best = argmaxRow(probabilities, row, LABELS.length);
  return { label: LABELS[best]!, confidence: probabilities[row * LABELS.length + best]! };
}

/** The conversations already corrected, then the ones the shipped head is least sure about. */
export async function adaptPreview(db: WrappedDb, loaded: LoadedImport, limit: number): Promise<AdaptItem[]> {
  const conversations = loaded.inputs.conversations;
  const count = conversations.length;
  const shipped = (await loadTrainedHeads()).sentiment;
  const adapted = await readAdaptedHead(db, 'sentiment');
  const shippedProbabilities = layerProbabilities(shipped.layers, loaded.conversationVectors, count);
  const adaptedProbabilities = adapted ? layerProbabilities(adapted.layers, loaded.conversationVectors, count) : null;
  const rowOf = new Map(conversations.map((conversation, row) => [conversation.id, row]));
  const corrected = (await listLabels(db, 'sentiment', loaded.importId)).flatMap((label) => (rowOf.has(label.conversationId) ? [rowOf.get(label.conversationId)!] : []));
  const correctedRows = new Set(corrected);
  const pool = conversations.flatMap((_, row) => (correctedRows.has(row) ? [] : [row]));
  const batch = Math.max(0, limit - corrected.length);
  const unsure = pickUncertain('margin', { probabilities: shippedProbabilities, classNames: LABELS, pool, batch }).map((pick) => pick.index);
  return [...corrected, ...unsure].map((row) => ({
    conversationId: conversations[row]!.id,
    title: conversations[row]!.title,
    snippet: snippetOf(loaded, row),
    shipped: guessAt(shippedProbabilities, row),
    adapted: adaptedProbabilities ? guessAt(adaptedProbabilities, row) : null,
  }));
}

function correctionSet(loaded: LoadedImport, corrections: { conversationId: string; value: string }[]): TrainingSet {
  const dims = loaded.teacher.dimensions;
  const rowOf = new Map(loaded.inputs.conversations.map((conversation, row) => [conversation.id, row]));
  const usable = corrections.filter((label) => rowOf.has(label.conversationId) && (LABELS as readonly string[]).includes(label.value));
  const vectors = new Float32Array(usable.length * dims);
  usable.forEach((label, i) => {
    const row = rowOf.get(label.conversationId)!;
    vectors.set(loaded.conversationVectors.subarray(row * dims, (row + 1) * dims), i * dims);
  });
  return { vectors, labels: Int32Array.from(usable, (label) => (LABELS as readonly string[]).indexOf(label.value)), count: usable.length, dims, classes: LABELS.length };
}

export async function adaptSentiment(db: WrappedDb, loaded: LoadedImport): Promise<AdaptedHead> {
  const shipped = (await loadTrainedHeads()).sentiment;
  const set = correctionSet(loaded, await listLabels(db, 'sentiment', loaded.importId));
  const result = await evaluateAdaptation(shipped.layers, set, { seed: SEED });
  const adapted: AdaptedHead = { head: 'sentiment', layers: result.layers, before: result.before, after: result.after, folds: result.folds, corrections: set.count, adaptedAt: Date.now() };
  await db.adaptedHeads.put(adapted);
  return adapted;
}

/** The sentiment layers the ML analysis should run: the user's adapted ones when stored. */
export async function adaptedSentimentLayers(db: WrappedDb): Promise<Layer[] | null> {
  return (await readAdaptedHead(db, 'sentiment'))?.layers ?? null;
}
