import { describe, expect, it } from 'vitest';
import { blobs, randomUnit } from '../topics/test-data';
import { seededRandom } from '../topics/vectors';
import { similarConversations } from './similar';

describe('similarConversations', () => {
  it('returns the planted neighbour first and never the conversation itself', () => {
    const random = seededRandom(5);
    const dim = 64;
    const rows = Array.from({ length: 30 }, () => randomUnit(dim, random));
    // Row 17 is a near-copy of row 4.
    rows[17] = Float32Array.from(rows[4]!, (v) => v + 0.01 * (random() - 0.5));
    const vectors = new Float32Array(30 * dim);
    rows.forEach((row, i) => vectors.set(row, i * dim));
    const hits = similarConversations(vectors, 4, 3, dim);
    expect(hits).toHaveLength(3);
    expect(hits[0]!.index).toBe(17);
    expect(hits[0]!.similarity).toBeGreaterThan(0.99);
    expect(hits.map((hit) => hit.index)).not.toContain(4);
    expect(hits[1]!.similarity).toBeLessThanOrEqual(hits[0]!.similarity);
  });

  it('copes with tiny inputs and bad indices', () => {
    const { vectors } = blobs([2]);
    expect(similarConversations(vectors, 0, 5)).toEqual([{ index: 1, similarity: expect.any(Number) }]);
    expect(similarConversations(vectors, 5, 5)).toEqual([]);
    expect(similarConversations(new Float32Array(0), 0, 5)).toEqual([]);
    expect(similarConversations(vectors, 0, 0)).toEqual([]);
  });
});
