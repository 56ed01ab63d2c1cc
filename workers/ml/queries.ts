/**
 * Search and similar conversations over an analysed import. The vectors come from the last
 * analysis in this worker, or are rebuilt from stored conversations through the vector cache
 * (all cache hits: no text is embedded twice).
 */
import type { DeviceChoice } from '@/lib/ml/device';
import { collectMlInputs } from '@/lib/ml/pipeline/collect';
import { embedWithCache } from '@/lib/ml/pipeline/embed-cached';
import { textHasher } from '@/lib/ml/pipeline/text-hash';
import { buildSearchIndex, meaningQuery, type HybridSearchIndex, type SearchHit } from '@/lib/ml/search';
import { similarConversations as nearestConversations } from '@/lib/ml/recommend';
import type { WrappedDb } from '@/lib/store/db';
import { iterateStoredConversations } from '@/lib/store/read-import';
import { indexedDbVectorCache } from '@/lib/store/vector-cache';
import { studentEncoder, teacherEncoder } from './encoders';
import type { SimilarConversation } from './protocol';
import type { LoadedImport } from './run-ml';

export async function loadImportVectors(db: WrappedDb, importId: string, timeZone: string, device: DeviceChoice): Promise<LoadedImport> {
  const [student, teacher, hash] = await Promise.all([studentEncoder(), teacherEncoder(device), textHasher()]);
  const inputs = await collectMlInputs(iterateStoredConversations(db, importId), timeZone);
  const cache = indexedDbVectorCache(db);
  const [messages, conversations] = await Promise.all([
    embedWithCache(inputs.messages.map((message) => message.text), student, cache, hash),
    embedWithCache(inputs.conversations.map((conversation) => conversation.text), teacher, cache, hash),
  ]);
  return { importId, inputs, messageVectors: messages.vectors, conversationVectors: conversations.vectors, student, teacher };
}

const searchIndexes = new WeakMap<LoadedImport, HybridSearchIndex>();

function searchIndexOf(loaded: LoadedImport): HybridSearchIndex {
  let index = searchIndexes.get(loaded);
  if (!index) {
    const { messages, conversations } = loaded.inputs;
    const records = messages.map((message) => {
      const conversation = conversations[message.conversation]!;
      return { id: message.messageId, conversationId: conversation.id, title: conversation.title, text: message.text, time: message.time ?? 0 };
    });
    index = buildSearchIndex(records, loaded.messageVectors, loaded.student.dimensions);
    searchIndexes.set(loaded, index);
  }
  return index;
}

/**
 * Keyword + meaning: the query is embedded by the same encoder as the messages, with its own
 * relevance floor (lib/ml/search/floor.ts); filler messages are only in the word index.
 */
export async function searchImport(loaded: LoadedImport, query: string, limit: number): Promise<SearchHit[]> {
  const trimmed = query.trim();
  if (!trimmed) return [];
  const { vector, minSimilarity } = await meaningQuery(loaded.student, trimmed);
  return searchIndexOf(loaded).search(trimmed, vector, { limit, minSimilarity });
}

export function similarConversations(loaded: LoadedImport, conversationId: string, limit: number): SimilarConversation[] {
  const { conversations } = loaded.inputs;
  const row = conversations.findIndex((conversation) => conversation.id === conversationId);
  if (row < 0) return [];
  return nearestConversations(loaded.conversationVectors, row, limit, loaded.teacher.dimensions).map((hit) => ({
    conversationId: conversations[hit.index]!.id,
    title: conversations[hit.index]!.title,
    similarity: hit.similarity,
  }));
}
