/**
 * Hybrid message search: MiniSearch for words (prefix + light fuzzy), cosine similarity for
 * meaning, fused by reciprocal rank so each side's rank stays visible in the results.
 *
 * Nothing weak gets through: a result is either a real term match (a query word, a word it begins,
 * or a near typo of it, in the text or title) or a meaning match at or above the relevance floor
 * (floor.ts); a query with neither gets no results at all, not the least unrelated messages.
 * Filler messages ("ok", "go on", "thanks", emoji only; see ../filler.ts) have no entry in the
 * meaning index, and the word index returns them only when their text contains every word of the
 * query exactly (a search for "go on" finds them, "continue the story" does not).
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import { eng } from 'stopword';
import { isFiller } from '../filler';
import { DEFAULT_DIM, rowCount, topKByDot } from '../topics/vectors';
import { MIN_SIMILARITY } from './floor';
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
  /** Cosine similarity to the query, when a query vector was given and the message is in the meaning index. */
  similarity: number | null;
  snippet: string;
  /** [start, end) offsets into `snippet` to wrap in <mark>. */
  highlights: [number, number][];
}

export interface SearchOptions {
  limit?: number;
  /** Only these conversations. */
  conversationFilter?: string | Iterable<string>;
  /**
   * Cosine a message needs to be a meaning hit; use meaningQuery() (floor.ts) for the query's own
   * floor. Defaults to the index's fixed MIN_SIMILARITY.
   */
  minSimilarity?: number;
}

export const DEFAULT_LIMIT = 20;
/** Each side contributes this many candidates (at least) before fusion. */
const MIN_CANDIDATES = 50;
const STOP_WORDS: ReadonlySet<string> = new Set(eng);
const tokenize: (text: string) => string[] = MiniSearch.getDefault('tokenize');

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
  /** Per record: a filler message, kept out of the meaning index. */
  private readonly filler: Uint8Array;

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
    this.filler = Uint8Array.from(records, (record) => (isFiller(record.text) ? 1 : 0));
  }

  /** Records in the meaning index (all but filler). */
  get meaningSize(): number {
    return this.filler.length - this.filler.reduce((sum, flag) => sum + flag, 0);
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

    const queryTerms = [...new Set(tokenize(query).map(processTerm).filter((term): term is string => term !== null))];
    // A filler message is a word hit only when its text holds every query word exactly.
    const wordsInFiller = (result: SearchResult) => queryTerms.every((term) => result.terms.includes(term) && (result.match[term] ?? []).includes('text'));
    const keywordResults: SearchResult[] = queryTerms.length
      ? this.keyword
          .search(query, { filter: (result) => allowed(result.id as number) && (!this.filler[result.id as number] || wordsInFiller(result)) })
          .slice(0, candidates)
      : [];
    const matchedTerms = new Map(keywordResults.map((result) => [result.id as number, result.terms]));

    const minSimilarity = options.minSimilarity ?? this.minSimilarity;
    const similarities = new Map<number, number>();
    let vectorList: number[] = [];
    if (queryVector && this.vectors && Number.isFinite(minSimilarity)) {
      const rows = Math.min(this.records.length, rowCount(this.vectors, this.dim));
      const meaningful = (i: number) => !this.filler[i] && allowed(i);
      const top = topKByDot(this.vectors.subarray(0, rows * this.dim), this.dim, queryVector, candidates, meaningful);
      vectorList = top.filter((hit) => hit.score >= minSimilarity).map((hit) => hit.index);
      for (const hit of top) similarities.set(hit.index, hit.score);
    }

    // Both lists were cut before fusion, so every fused result's best evidence clears the floor: a
    // term match, or a similarity ≥ minSimilarity. A rank alone is never evidence.
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
