/** The conversation-level ML: topics, the 2-D topic map, diversity and "worth revisiting". */
import { topicMap } from '../projection';
import { worthRevisiting } from '../recommend';
import { analyseTopics } from '../topics';
import type { MlAnalysis } from '../types';
import type { ConversationInput } from './collect';

export function analyseConversations(
  conversations: readonly ConversationInput[],
  vectors: Float32Array,
  dimensions: number,
  now: number,
): Pick<MlAnalysis, 'topics' | 'topicMap' | 'diversity' | 'revisit'> {
  const { topics, assignments, centrality, diversity } = analyseTopics({ vectors, conversations, dim: dimensions });
  const labels = topics.map((topic) => topic.label);
  return {
    // Largest first for every reader; `id` still indexes assignments and the map.
    topics: [...topics].sort((a, b) => b.conversations - a.conversations || a.id - b.id),
    topicMap: topicMap({ vectors, conversations, assignments, dim: dimensions }),
    diversity,
    revisit: worthRevisiting(conversations, { now, topics: { assignments, labels, centrality } }),
  };
}
