import { describe, expect, it } from 'vitest';
import { fitPca, mapSample, projectVectors, topicMap } from './projection';
import { blobs } from './topics/test-data';

describe('projectVectors', () => {
  it('separates two blobs along x, within [-1, 1]', () => {
    const { vectors, labels } = blobs([50, 50], 512, 0.02);
    const { indices, x, y } = projectVectors(vectors, 512);
    expect(indices).toHaveLength(100);
    const sides = new Set(labels.map((label, i) => `${label}:${Math.sign(x[i]!)}`));
    expect(sides.size).toBe(2);
    const gap = Math.min(...labels.map((label, i) => Math.abs(x[i]!)));
    expect(gap).toBeGreaterThan(0.5);
    for (const v of [...x, ...y]) expect(Math.abs(v)).toBeLessThanOrEqual(1);
    // Deterministic.
    expect(Array.from(projectVectors(vectors, 512).x)).toEqual(Array.from(x));
  });

  it('finds the axis of largest variance first', () => {
    // Points spread 10× more along dimension 2 than along dimension 0.
    const rows = [
      [0.1, 0, 1, 0], [-0.1, 0, -1, 0], [0.1, 0, -1, 0], [-0.1, 0, 1, 0], [0, 0, 0.5, 0],
    ];
    const model = fitPca(Float32Array.from(rows.flat()), 4, [0, 1, 2, 3, 4]);
    expect(Math.abs(model.axes[0]![2]!)).toBeCloseTo(1, 6);
    expect(Math.abs(model.axes[1]![0]!)).toBeCloseTo(1, 6);
  });

  it('copes with 0, 1 and 2 points', () => {
    expect(projectVectors(new Float32Array(0), 512)).toMatchObject({ indices: [] });
    const one = projectVectors(blobs([1]).vectors, 512);
    expect([one.x[0], one.y[0]]).toEqual([0, 0]);
    const two = projectVectors(blobs([2]).vectors, 512);
    expect(Math.abs(two.x[0]!)).toBe(1);
    expect(two.x[0]).toBe(-two.x[1]!);
    expect(Array.from(two.y)).toEqual([0, 0]);
  });
});

describe('mapSample and topicMap', () => {
  it('caps the points and keeps small topics on the map', () => {
    const groups = Array.from({ length: 10_000 }, (_, i) => (i % 500 === 0 ? 1 : 0));
    const sample = mapSample(10_000, 3000, groups);
    expect(sample.length).toBeGreaterThan(2950);
    expect(sample.length).toBeLessThanOrEqual(3030);
    expect(sample.filter((i) => groups[i] === 1)).toHaveLength(20);
    expect(mapSample(10_000, 3000, groups)).toEqual(sample);
  });

  it('labels points with their conversation and topic', () => {
    const { vectors, labels } = blobs([3, 2], 512);
    const points = topicMap({
      vectors,
      conversations: labels.map((_, i) => ({ id: `c${i}`, title: `T${i}` })),
      assignments: labels,
    });
    expect(points).toHaveLength(5);
    expect(points[0]).toMatchObject({ conversationId: 'c0', title: 'T0', topic: labels[0] });
  });
});
