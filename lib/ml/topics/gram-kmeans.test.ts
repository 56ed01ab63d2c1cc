import { describe, expect, it } from 'vitest';
import { clusterMeans, gramKMeans, gramMatrix } from './gram-kmeans';
import { kmeans } from './kmeans';
import { blobs, samePartition } from './test-data';

describe('gramKMeans', () => {
  it('matches k-means on the rows themselves', () => {
    const { vectors, labels } = blobs([20, 15, 10], 64, 0.08);
    const gram = gramMatrix(vectors, labels.length, 64);
    const fromGram = gramKMeans(gram, labels.length, 3, { seed: 2 });
    const fromRows = kmeans(vectors, labels.length, 64, 3, { initial: clusterMeans(vectors, labels.length, 64, fromGram.assignments, 3) });
    expect(samePartition(fromGram.assignments, labels)).toBe(true);
    expect(Array.from(fromRows.assignments)).toEqual(Array.from(fromGram.assignments));
    expect(fromRows.inertia).toBeCloseTo(fromGram.inertia, 3);
  });
});
