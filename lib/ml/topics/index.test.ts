import { describe, expect, it } from 'vitest';
import { analyseTopics, type TopicConversation } from './index';
import { blobs } from './test-data';

const WORDS = [
  'python pandas dataframe',
  'sourdough bread flour',
  'guitar chords capo',
  'kubernetes docker cluster',
];

function conversations(labels: readonly number[]): TopicConversation[] {
  return labels.map((label, i) => ({
    id: `c${i}`,
    title: `Chat ${i}`,
    keywordText: `${WORDS[label]} question ${i}`,
    // Topic 3 only appears in the latest months, and more each month.
    month: label === 3 ? `2025-0${4 + (i % 3)}` : `2025-0${1 + (i % 6)}`,
  }));
}

describe('analyseTopics', () => {
  it('names, sizes and dates planted topics', () => {
    const { vectors, labels } = blobs([40, 30, 25, 20]);
    const result = analyseTopics({ vectors, conversations: conversations(labels) });
    expect(result.topics).toHaveLength(4);
    expect(result.topics.map((t) => t.conversations)).toEqual([40, 30, 25, 20]);
    // Without an encoder to rank phrases, the top two keywords name a topic: "Python and pandas".
    expect(result.topics.map((t) => t.label)).toEqual(WORDS.map((w) => expect.stringMatching(new RegExp(`^(${w.replaceAll(' ', '|')}) and (${w.replaceAll(' ', '|')})$`, 'i'))));
    expect(result.clustering.k).toBe(4);
    expect(result.topics[0]!.share).toBeCloseTo(40 / 115);
    const top = result.topics[0]!;
    expect(labels[Number(top.representative.conversationId.slice(1))]).toBe(0);
    expect(top.monthly.map((m) => m.month)).toEqual(['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06']);
    expect(result.topics[3]!.trend).toBe('rising');
    expect(result.diversity.entropy).toBeGreaterThan(0.9);
    expect(result.diversity.meanDistance).toBeGreaterThan(0.5);
    expect(result.assignments).toHaveLength(115);
  });

  it('gives sensible results for 0, 1, 2 and 5 conversations', () => {
    expect(analyseTopics({ vectors: new Float32Array(0), conversations: [] })).toMatchObject({
      topics: [],
      diversity: { entropy: 0, meanDistance: 0 },
    });
    for (const n of [1, 2, 5]) {
      const { vectors, labels } = blobs([n]);
      const result = analyseTopics({ vectors, conversations: conversations(labels) });
      expect(result.topics).toHaveLength(1);
      expect(result.topics[0]).toMatchObject({ conversations: n, share: 1, trend: 'steady', velocity: 0 });
      expect(result.topics[0]!.label).toBeTruthy();
    }
  });

  it('never picks an untitled chat as the representative while a titled one exists', () => {
    const { vectors, labels } = blobs([10, 10]);
    // Topic 0: a third of its chats untitled; topic 1: all of them.
    const chats = conversations(labels).map((c, i) =>
      labels[i] === 0 && i % 3 !== 0 ? { ...c, title: `Pandas merge ${i}` } : { ...c, title: 'New chat', keywordText: `New chat\nhow do I tune my guitar to drop D without a tuner ${i}` },
    );
    const result = analyseTopics({ vectors, conversations: chats });
    const titled = result.topics.find((t) => labels[Number(t.representative.conversationId.slice(1))] === 0)!;
    expect(titled.representative.title).toMatch(/^Pandas merge \d+$/);
    // A topic of untitled chats shows its most central chat's first prompt, cut at a word.
    const untitled = result.topics.find((t) => t !== titled)!;
    expect(untitled.representative.title).toMatch(/^how do I tune my guitar to drop D without a tuner \d+$/);
  });

  it('tolerates fewer vectors than conversations and empty texts', () => {
    const { vectors } = blobs([3]);
    const result = analyseTopics({
      vectors,
      conversations: Array.from({ length: 5 }, (_, i) => ({ id: `c${i}`, title: '', keywordText: '', month: null })),
    });
    expect(result.assignments).toHaveLength(3);
    expect(result.topics[0]!.label).toBe('Topic 1');
    expect(result.topics[0]!.monthly).toEqual([]);
  });
});
