/** The conversation-level ML: topics, the 2-D topic map, diversity and "worth revisiting". */
import { topicMap } from '../projection';
import { worthRevisiting } from '../recommend';
import { analyseAndNameTopics, type EmbedTexts } from '../topics';
import type { MlAnalysis } from '../types';
import type { ConversationInput } from './collect';

export async function analyseConversations(
  conversations: readonly ConversationInput[],
  vectors: Float32Array,
  dimensions: number,
  now: number,
  /** Embeds topic-name candidates with the encoder that made `vectors`. */
  naming: { embed: EmbedTexts; signal?: AbortSignal },
): Promise<Pick<MlAnalysis, 'topics' | 'topicMap' | 'diversity' | 'revisit' | 'topicClustering'>> {
  const { topics, assignments, centrality, diversity, clustering } = await analyseAndNameTopics({ vectors, conversations, dim: dimensions }, naming);
  const labels = topics.map((topic) => topic.label);
  return {
    // Largest first for every reader; `id` still indexes assignments and the map.
    topics: [...topics].sort((a, b) => b.conversations - a.conversations || a.id - b.id),
    topicMap: topicMap({ vectors, conversations, assignments, dim: dimensions }),
    diversity,
    revisit: worthRevisiting(conversations, { now, topics: { assignments, labels, centrality } }),
    topicClustering: { k: clustering.k, silhouette: clustering.silhouette, candidateKs: clustering.scores.map((score) => score.k) },
  };
}
