import { describe, expect, it } from 'vitest';
import { blobs } from '../topics/test-data';
import { buildSearchIndex, type SearchRecord } from './hybrid';

const DIM = 32;

function fixture() {
  // Three meaning-groups; the vector of record i is in blob labels[i].
  const { vectors, labels } = blobs([4, 4, 4], DIM, 0.05, 3);
  const texts: Record<number, string[]> = {
    0: ['How do I merge two pandas dataframes?', 'Groupby in pandas is slow', 'Reading a CSV file quickly', 'Plotting a histogram'],
    1: ['Feeding a sourdough starter', 'Why is my bread dense?', 'Best flour for pizza dough', 'Proofing overnight in the fridge'],
    2: ['Guitar chords for beginners', 'How to use a capo', 'Strumming patterns', 'Tuning a ukulele'],
  };
  const seen = [0, 0, 0];
  const records: SearchRecord[] = labels.map((label, i) => ({
    id: `m${i}`,
    conversationId: `c${label}`,
    title: ['Data work', 'Baking', 'Music'][label]!,
    text: texts[label]![seen[label]!++]!,
    time: i,
  }));
  return { records, vectors, labels };
}

describe('HybridSearchIndex', () => {
  it('finds words by prefix and typo, with highlights on the word', () => {
    const { records, vectors } = fixture();
    const index = buildSearchIndex(records, vectors, DIM);
    const [hit] = index.search('datafram', null);
    expect(hit).toMatchObject({ keywordRank: 1, vectorRank: null, similarity: null });
    expect(hit!.snippet).toContain('dataframes');
    const [start, end] = hit!.highlights[0]!;
    expect(hit!.snippet.slice(start, end)).toBe('dataframes');
    expect(index.search('sourdoguh', null)[0]?.snippet).toBe('Feeding a sourdough starter');
  });

  it('fuses words and meaning: a hit in both lists ranks first', () => {
    const { records, vectors, labels } = fixture();
    const index = buildSearchIndex(records, vectors, DIM);
    // The query "means" the baking blob: use a baking record's vector as the query vector.
    const baking = labels.indexOf(1);
    const query = vectors.slice(baking * DIM, baking * DIM + DIM);
    const hits = index.search('bread', query, { limit: 5 });
    expect(hits[0]).toMatchObject({ snippet: 'Why is my bread dense?', keywordRank: 1 });
    expect(hits[0]!.vectorRank).not.toBeNull();
    expect(hits.slice(1, 4).every((hit) => hit.conversationId === 'c1')).toBe(true);
    const semantic = hits.find((hit) => hit.keywordRank === null)!;
    expect(semantic.highlights).toEqual([]);
    expect(semantic.similarity).toBeGreaterThan(0.5);
  });

  it('filters by conversation and honours the limit', () => {
    const { records, vectors } = fixture();
    const index = buildSearchIndex(records, vectors, DIM);
    expect(index.search('how', null).map((hit) => hit.conversationId)).toEqual([]); // stop word
    const hits = index.search('pandas guitar', null, { conversationFilter: 'c2' });
    expect(hits.map((hit) => hit.snippet)).toEqual(['Guitar chords for beginners']);
    expect(index.search('pandas guitar', null, { limit: 1 })).toHaveLength(1);
    expect(index.search('pandas', null, { conversationFilter: [] })).toEqual([]);
  });

  it('leaves filler out of the meaning index and finds it only by all of its words', () => {
    const { records, vectors } = fixture();
    // A filler message with exactly the first record's vector.
    const withFiller = [...records, { id: 'f', conversationId: 'c0', title: 'Data work', text: 'ok go on 👍', time: 99 }];
    const index = buildSearchIndex(withFiller, Float32Array.from([...vectors, ...vectors.slice(0, DIM)]), DIM);
    expect(index.meaningSize).toBe(records.length);
    const query = vectors.slice(0, DIM);
    expect(index.search('', query, { limit: 50 }).some((hit) => hit.id === 'f')).toBe(false);
    expect(index.search('go', null).map((hit) => hit.id)).toEqual(['f']);
    // Not by another word of the query, nor by the conversation title alone.
    expect(index.search('go pandas', null).some((hit) => hit.id === 'f')).toBe(false);
    expect(index.search('data', null).some((hit) => hit.id === 'f')).toBe(false);
  });

  it('honours a per-query similarity floor, and none at all for Infinity', () => {
    const { records, vectors } = fixture();
    const index = buildSearchIndex(records, vectors, DIM);
    const query = vectors.slice(0, DIM);
    const all = index.search('', query, { minSimilarity: -1, limit: 50 });
    expect(all).toHaveLength(records.length);
    const floor = all[4]!.similarity!;
    expect(index.search('', query, { minSimilarity: floor, limit: 50 }).every((hit) => hit.similarity! >= floor)).toBe(true);
    expect(index.search('', query, { minSimilarity: Infinity })).toEqual([]);
  });

  it('works with no records, no vectors or an empty query', () => {
    expect(buildSearchIndex([], null).search('anything', null)).toEqual([]);
    const { records } = fixture();
    expect(buildSearchIndex(records, null, DIM).search('', new Float32Array(DIM))).toEqual([]);
    expect(buildSearchIndex(records, null, DIM).search('capo', null)).toHaveLength(1);
  });
});
