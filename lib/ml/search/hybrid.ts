/**
 * Hybrid message search: MiniSearch for words (prefix + light fuzzy), cosine similarity for
 * meaning, fused by reciprocal rank so each side's rank stays visible in the results.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import { eng } from 'stopword';
import { DEFAULT_DIM, rowCount, topKByDot } from '../topics/vectors';
import { reciprocalRankFusion } from './fusion';
import { makeSnippet } from './snippet';

export interface SearchRecord {
  /** Message id. */
  id: string;
  conversationId: string;
  /** Conversation title. */
  title: string;
  text: string;
  /** Epoch milliseconds. */
  time: number;
}

export interface SearchHit {
  id: string;
  conversationId: string;
  title: string;
  time: number;
  /** Fused score, Σ 1/(60 + rank). */
  score: number;
  /** 1-based rank in the keyword list, null when only the meaning matched. */
  keywordRank: number | null;
  /** 1-based rank in the vector list, null when only the words matched. */
  vectorRank: number | null;
  /** Cosine similarity to the query, when a query vector was given. */
  similarity: number | null;
  snippet: string;
  /** [start, end) offsets into `snippet` to wrap in <mark>. */
  highlights: [number, number][];
}

export interface SearchOptions {
  limit?: number;
  /** Only these conversations. */
  conversationFilter?: string | Iterable<string>;
}

export const DEFAULT_LIMIT = 20;
/** Each side contributes this many candidates (at least) before fusion. */
const MIN_CANDIDATES = 50;
/**
 * Vector hits below this cosine are left out: USE-lite puts unrelated sentences around 0–0.2, so a
 * nonsense query returns nothing rather than the least unrelated messages.
 */
export const MIN_SIMILARITY = 0.2;

const STOP_WORDS: ReadonlySet<string> = new Set(eng);

function processTerm(term: string): string | null {
  const lower = term.toLowerCase();
  return lower.length < 2 || STOP_WORDS.has(lower) ? null : lower;
}

interface Indexed {
  i: number;
  title: string;
  text: string;
}

export class HybridSearchIndex {
  private readonly keyword: MiniSearch<Indexed>;

  /**
   * @param records the messages, in the same order as the rows of `vectors`
   * @param vectors one unit-length row of `dim` floats per record (kept by reference, not copied)
   */
  constructor(
    private readonly records: readonly SearchRecord[],
    private readonly vectors: Float32Array | null,
    private readonly dim = DEFAULT_DIM,
    private readonly minSimilarity = MIN_SIMILARITY,
  ) {
    this.keyword = new MiniSearch<Indexed>({
      idField: 'i',
      fields: ['text', 'title'],
      processTerm,
      searchOptions: {
        boost: { text: 2, title: 1 },
        prefix: (term) => term.length >= 3,
        fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
        maxFuzzy: 2,
      },
    });
    this.keyword.addAll(records.map((record, i) => ({ i, title: record.title, text: record.text })));
  }

  get size(): number {
    return this.records.length;
  }

  search(query: string, queryVector: Float32Array | null, options: SearchOptions = {}): SearchHit[] {
    const limit = Math.max(0, options.limit ?? DEFAULT_LIMIT);
    if (limit === 0) return [];
    const candidates = Math.max(MIN_CANDIDATES, limit * 3);
    const filter = conversationSet(options.conversationFilter);
    const allowed = (i: number) => !filter || filter.has(this.records[i]!.conversationId);

    const keywordResults: SearchResult[] = query.trim()
      ? this.keyword.search(query, { filter: (result) => allowed(result.id as number) }).slice(0, candidates)
      : [];
    const matchedTerms = new Map(keywordResults.map((result) => [result.id as number, result.terms]));

    const similarities = new Map<number, number>();
    let vectorList: number[] = [];
    if (queryVector && this.vectors) {
      const rows = Math.min(this.records.length, rowCount(this.vectors, this.dim));
      const top = topKByDot(this.vectors.subarray(0, rows * this.dim), this.dim, queryVector, candidates, allowed);
      vectorList = top.filter((hit) => hit.score >= this.minSimilarity).map((hit) => hit.index);
      for (const hit of top) similarities.set(hit.index, hit.score);
    }

    const fused = reciprocalRankFusion([keywordResults.map((result) => result.id as number), vectorList]);
    return fused.slice(0, limit).map(({ item, score, ranks }) => {
      const record = this.records[item]!;
      const snippet = makeSnippet(record.text, matchedTerms.get(item) ?? []);
      return {
        id: record.id,
        conversationId: record.conversationId,
        title: record.title,
        time: record.time,
        score,
        keywordRank: ranks[0] ?? null,
        vectorRank: ranks[1] ?? null,
        similarity: similarities.get(item) ?? null,
        snippet: snippet.text,
        highlights: snippet.highlights,
      };
    });
  }
}

function conversationSet(filter: SearchOptions['conversationFilter']): ReadonlySet<string> | null {
  if (filter === undefined) return null;
  return typeof filter === 'string' ? new Set([filter]) : new Set(filter);
}

/** Builds the index over messages and their vectors (rows in record order). */
export function buildSearchIndex(records: readonly SearchRecord[], vectors: Float32Array | null, dim = DEFAULT_DIM): HybridSearchIndex {
  return new HybridSearchIndex(records, vectors, dim);
}
