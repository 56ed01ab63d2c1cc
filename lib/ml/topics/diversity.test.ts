import { describe, expect, it } from 'vitest';
import { meanPairwiseDistance, topicEntropy } from './diversity';
import { blobs } from './test-data';
import { dotRows } from './vectors';

describe('topicEntropy', () => {
  it('is 0 for one topic and 1 for an even spread', () => {
    expect(topicEntropy([10])).toBe(0);
    expect(topicEntropy([])).toBe(0);
    expect(topicEntropy([5, 5, 5, 5])).toBeCloseTo(1, 10);
    expect(topicEntropy([97, 1, 1, 1])).toBeLessThan(0.2);
  });
});

describe('meanPairwiseDistance', () => {
  it('equals the brute-force mean of 1 − cos over pairs', () => {
    const { vectors, labels } = blobs([7, 5, 3], 32, 0.3);
    const n = labels.length;
    let sum = 0;
    let pairs = 0;
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++, pairs++) sum += 1 - dotRows(vectors, i, vectors, j, 32);
    expect(meanPairwiseDistance(vectors, n, 32)).toBeCloseTo(sum / pairs, 5);
  });

  it('is 0 for fewer than two rows or identical rows', () => {
    expect(meanPairwiseDistance(new Float32Array(0), 0, 4)).toBe(0);
    expect(meanPairwiseDistance(Float32Array.of(1, 0, 0, 0), 1, 4)).toBe(0);
    expect(meanPairwiseDistance(Float32Array.of(0, 2, 0, 1), 2, 2)).toBeCloseTo(0, 6);
  });
});
