/**
 * What the results list shows for one search hit. The only file that knows the worker's
 * SearchHit shape: adapt here if it changes.
 */
import type { SearchHit } from '@/lib/ml/search';

export type MatchKind = 'keyword' | 'meaning' | 'both';

export interface SearchResult {
  key: string;
  conversationId: string;
  messageId: string | null;
  title: string;
  snippet: string;
  ranges: (readonly [number, number])[];
  match: MatchKind;
  score: number;
  /** When the matching message was sent (epoch ms), null when unknown. */
  time: number | null;
  /** Cosine similarity to the query when the meaning matched. */
  similarity: number | null;
}

export function toResult(hit: SearchHit): SearchResult {
  const keyword = hit.keywordRank !== null && hit.keywordRank !== undefined;
  const meaning = hit.vectorRank !== null && hit.vectorRank !== undefined;
  return {
    key: `${hit.conversationId}:${hit.id}`,
    conversationId: hit.conversationId,
    messageId: hit.id,
    title: hit.title,
    snippet: hit.snippet,
    ranges: hit.highlights,
    match: keyword && meaning ? 'both' : keyword ? 'keyword' : 'meaning',
    score: hit.score,
    time: Number.isFinite(hit.time) && hit.time > 0 ? hit.time : null,
    similarity: hit.similarity,
  };
}

export const MATCH_BADGES: Record<MatchKind, { label: string; title: string; className: string }> = {
  keyword: { label: 'Keyword', title: 'Contains your words', className: 'bg-cyan-500/15 text-cyan-200' },
  meaning: { label: 'Meaning', title: 'Says something close to your query in other words', className: 'bg-violet-500/20 text-violet-200' },
  both: { label: 'Keyword + meaning', title: 'Contains your words and means the same', className: 'bg-amber-400/15 text-amber-200' },
};
