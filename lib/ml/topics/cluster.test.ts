import { describe, expect, it } from 'vitest';
import { candidateKs, clusterVectors } from './cluster';
import { kmeans } from './kmeans';
import { blobs, samePartition } from './test-data';

describe('kmeans', () => {
  it('recovers separable blobs and is deterministic', () => {
    const { vectors, labels } = blobs([30, 30, 30, 30]);
    const first = kmeans(vectors, labels.length, 512, 4, { seed: 3 });
    const second = kmeans(vectors, labels.length, 512, 4, { seed: 3 });
    expect(samePartition(first.assignments, labels)).toBe(true);
    expect(Array.from(second.assignments)).toEqual(Array.from(first.assignments));
  });

  it('gives fewer clusters than asked when the points are duplicates', () => {
    const row = new Float32Array(512).fill(0);
    row[0] = 1;
    const vectors = new Float32Array(512 * 5);
    for (let i = 0; i < 5; i++) vectors.set(row, i * 512);
    const result = kmeans(vectors, 5, 512, 3);
    expect(result.k).toBe(1);
    expect(Array.from(result.assignments)).toEqual([0, 0, 0, 0, 0]);
  });
});

describe('clusterVectors', () => {
  it('picks k = 4 by silhouette for four blobs', () => {
    const { vectors, labels } = blobs([60, 45, 35, 20]);
    const result = clusterVectors(vectors, labels.length, 512);
    expect(result.k).toBe(4);
    expect(samePartition(result.assignments, labels)).toBe(true);
    // Largest topic first.
    expect(result.assignments[labels.indexOf(0)]).toBe(0);
    // 160 conversations: at most ⌊√80⌋ = 8 topics.
    expect(result.scores.map((s) => s.k)).toEqual([3, 4, 5, 6, 7, 8]);
    expect(result.centrality.every((c) => c > 0.5 && c <= 1.0001)).toBe(true);
  });

  it('handles tiny inputs without throwing', () => {
    for (const n of [0, 1, 2, 5, 6, 7, 23]) {
      const { vectors } = blobs([n], 512);
      const result = clusterVectors(vectors, n, 512);
      expect(result.assignments.length).toBe(n);
      expect(result.k).toBe(n === 0 ? 0 : n < 8 ? 1 : 3);
    }
  });

  it('tries 3..min(14, √(n/2)) topics, one for a tiny export', () => {
    expect(candidateKs(0)).toEqual([0]);
    expect(candidateKs(5)).toEqual([1]);
    expect(candidateKs(7)).toEqual([1]);
    expect(candidateKs(8)).toEqual([2]);
    expect(candidateKs(10)).toEqual([2]);
    expect(candidateKs(18)).toEqual([3]);
    expect(candidateKs(40)).toEqual([3, 4]);
    expect(candidateKs(200)).toEqual([3, 4, 5, 6, 7, 8, 9, 10]);
    expect(candidateKs(10_000)).toHaveLength(12);
    for (let n = 8; n <= 2000; n++) expect(Math.max(...candidateKs(n)) * 2).toBeLessThanOrEqual(n);
  });
});
