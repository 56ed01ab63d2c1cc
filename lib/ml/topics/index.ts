/**
 * Topics of a person's conversations: clusters of conversation vectors with c-TF-IDF keywords, a
 * representative chat, a monthly timeline and a trend; plus diversity measures. `analyseTopics`
 * names topics by their keywords; `analyseAndNameTopics` names them by key phrases ranked with the
 * conversations' encoder (see naming.ts), which is what the pipeline shows people.
 *
 * Timing (not a test): analyseTopics on 10k conversations × 512-d with 1.5k characters of keyword
 * text each took 4.2–5.5 s here (2 shared cores under load): clustering 3–4 s, keywords ~1 s.
 */
import type { Topic } from '../types';
import { clusterVectors, type Clustering } from './cluster';
import { meanPairwiseDistance, topicEntropy } from './diversity';
import { topicTerms } from './keywords';
import { isDefaultTitle, keywordLabel, nameTopics, representativeOf, titleLabel, withoutStopWords, type EmbedTexts, type PosTagger, type TopicName } from './naming';
import { topicTimelines } from './timeline';
import { DEFAULT_DIM, rowCount } from './vectors';

/** What topics need of a conversation (the pipeline's ConversationInput fits as is). */
export interface TopicConversation {
  id: string;
  title: string;
  /** What keywords are drawn from, e.g. the title and the user's prompts; the first 4,000 characters are read. */
  keywordText: string;
  /** Title + opening user turn (the pipeline's embedded text): where names and first prompts are read; default keywordText. */
  text?: string;
  /** YYYY-MM in the viewer's time zone (when the conversation started); null when undated. */
  month: string | null;
}

export interface TopicInput {
  /** One row per conversation, same order, `dim` floats each (unit length). */
  vectors: Float32Array;
  conversations: readonly TopicConversation[];
  dim?: number;
  /** The stats' monthly buckets; default: every month from the first conversation to the last. */
  months?: readonly string[];
  seed?: number;
  /** Fix the number of topics instead of choosing it by silhouette. */
  k?: number;
}

export interface TopicAnalysis {
  topics: Topic[];
  /** Topic id per conversation (same order as the input). */
  assignments: Int32Array;
  /** Cosine of each conversation to its topic's centroid. */
  centrality: Float32Array;
  diversity: { entropy: number; meanDistance: number };
  clustering: Pick<Clustering, 'k' | 'silhouette' | 'scores'>;
  /** k × dim topic centroids, in topic id order. */
  centroids: Float32Array;
}

export interface NamedTopicAnalysis extends TopicAnalysis {
  /** How each topic got its label, in topic id order. */
  names: TopicName[];
}

export interface TopicNamingOptions {
  /** Embeds candidate phrases with the encoder that made `vectors`. */
  embed: EmbedTexts;
  tagger?: PosTagger;
  signal?: AbortSignal;
}

export function analyseTopics(input: TopicInput): TopicAnalysis {
  const dim = input.dim ?? DEFAULT_DIM;
  const count = Math.min(input.conversations.length, rowCount(input.vectors, dim));
  const vectors = input.vectors.subarray(0, count * dim);
  const conversations = input.conversations.slice(0, count);
  const clustering = clusterVectors(vectors, count, dim, { seed: input.seed, k: input.k });
  const { assignments, centrality, k } = clustering;

  const members: number[][] = Array.from({ length: k }, () => []);
  for (let i = 0; i < count; i++) members[assignments[i]!]!.push(i);
  for (const list of members) list.sort((a, b) => centrality[b]! - centrality[a]! || a - b);
  const terms = topicTerms(conversations.map((c) => c.keywordText), assignments, k);
  const timelines = topicTimelines(assignments, conversations.map((c) => c.month ?? ''), k, input.months);

  const topics: Topic[] = members.map((list, id) => {
    const size = list.length;
    const keywords = withoutStopWords(terms.keywords[id] ?? []);
    const representative = representativeOf(list, conversations)!;
    const chat = conversations[representative.index]!;
    const timeline = timelines[id]!;
    return {
      id,
      label: keywordLabel(keywords) ?? (representative.titled ? titleLabel(representative.title) : null) ?? `Topic ${id + 1}`,
      keywords,
      concepts: withoutStopWords(terms.concepts[id] ?? []),
      conversations: size,
      share: count > 0 ? size / count : 0,
      representative: { conversationId: chat.id, title: representative.title },
      monthly: timeline.monthly,
      velocity: timeline.velocity,
      trend: timeline.trend,
    };
  });

  return {
    topics,
    assignments,
    centrality,
    diversity: { entropy: topicEntropy(members.map((list) => list.length)), meanDistance: meanPairwiseDistance(vectors, count, dim) },
    clustering: { k, silhouette: clustering.silhouette, scores: clustering.scores },
    centroids: clustering.centroids,
  };
}

/**
 * analyseTopics, then every topic named by its best key phrases ("Email marketing", "Blood sugar
 * and diet"), embedded by `options.embed` and ranked against the topic's centroid (naming.ts).
 */
export async function analyseAndNameTopics(input: TopicInput, options: TopicNamingOptions): Promise<NamedTopicAnalysis> {
  const analysis = analyseTopics(input);
  const dim = input.dim ?? DEFAULT_DIM;
  const byId = new Map(input.conversations.map((c) => [c.id, c]));
  const names = await nameTopics(
    {
      conversations: input.conversations,
      assignments: analysis.assignments,
      centrality: analysis.centrality,
      centroids: analysis.centroids,
      k: analysis.topics.length,
      dim,
      keywords: analysis.topics.map((topic) => topic.keywords),
      // Only a real title may name a topic, not a first prompt standing in for one.
      titles: analysis.topics.map((topic) => {
        const chat = byId.get(topic.representative.conversationId);
        return chat && !isDefaultTitle(chat.title) ? chat.title : null;
      }),
    },
    options,
  );
  const topics = analysis.topics.map((topic, id) => ({ ...topic, label: names[id]!.label }));
  return { ...analysis, topics, names };
}

export { clusterVectors, candidateKs } from './cluster';
export type { Clustering, ClusterOptions } from './cluster';
export { topicTerms, conversationTerms, classTfIdf } from './keywords';
export { topicTimelines, shareSlope, trendOf, monthRange, TREND_THRESHOLD, TREND_MONTHS } from './timeline';
export { topicEntropy, meanPairwiseDistance } from './diversity';
export { nameTopics, isDefaultTitle, DOMAIN_STOP_WORDS } from './naming';
export type { EmbedTexts, PosTagger, TopicName } from './naming';
