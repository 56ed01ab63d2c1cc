import { describe, expect, it } from 'vitest';
import { blobs } from '../../ml/topics/test-data';
import { fitClusters } from './cluster';
import { pickNext } from './pick-next';

const dim = 512;

/** Points on a circle at the given angles (degrees), embedded in two arbitrary axes of 512-d. */
function circle(degrees: readonly number[]): Float32Array {
  const vectors = new Float32Array(degrees.length * dim);
  degrees.forEach((angle, row) => {
    vectors[row * dim + 5] = Math.cos((angle * Math.PI) / 180);
    vectors[row * dim + 300] = Math.sin((angle * Math.PI) / 180);
  });
  return vectors;
}

describe('diversity-kcenter', () => {
  // Row 0 (0°) is labelled. 170° is farthest from it; then 90° is farthest from both 0° and 170°.
  const degrees = [0, 10, 30, 170, 90, 160];
  const options = { vectors: circle(degrees), count: degrees.length, labelled: new Set([0]), classNames: [], strategy: 'diversity-kcenter' as const, seed: 1 };

  it('picks the point farthest (in cosine distance) from everything labelled', () => {
    const { picks } = pickNext({ ...options, batch: 1 });
    expect(picks).toEqual([{ index: 3, score: expect.closeTo(1 - Math.cos((170 * Math.PI) / 180), 5), reason: "Far from everything you've labelled" }]);
  });

  it('spreads a batch: each pick is far from the labels and the earlier picks', () => {
    const { picks } = pickNext({ ...options, batch: 3 });
    expect(picks.map((p) => p.index)).toEqual([3, 4, 2]);
    expect(picks[1]!.reason).toBe("Far from everything you've labelled and the other picks");
  });

  it('with nothing labelled, starts from the most typical point', () => {
    const { picks } = pickNext({ ...options, labelled: new Set(), batch: 2 });
    // The mean direction of the six angles is about 67°, nearest the 90° row; then 0° (90° away) beats 170° (80°).
    expect(picks.map((p) => p.index)).toEqual([4, 0]);
    expect(picks[0]!.reason).toBe('Typical of your chats: a good first example');
    expect(picks[1]!.reason).toBe('Far from the other picks');
  });
});

describe('diversity-cluster', () => {
  // Three well-separated groups of 12, 8 and 5 rows; rows are interleaved, so find them by label.
  const { vectors, labels } = blobs([12, 8, 5], dim, 0.03, 21);
  const rowsOf = (blob: number) => labels.flatMap((label, row) => (label === blob ? [row] : []));
  const labelled = new Set(rowsOf(0).slice(0, 1));
  const options = { vectors, count: labels.length, labelled, classNames: [], strategy: 'diversity-cluster' as const, clusters: 3, seed: 4 };

  // Groups 1 and 2 have no label, so they come first (bigger first); then all three have one
  // label or pick each, and the biggest goes next.
  it('covers the groups with no label first, biggest first, then the least labelled', () => {
    const { picks } = pickNext({ ...options, batch: 3 });
    expect(picks.map((p) => labels[p.index])).toEqual([1, 2, 0]);
    expect(picks.map((p) => p.reason)).toEqual([
      'Represents a group of 8 chats with no label yet',
      'Represents a group of 5 chats with no label yet',
      'Represents a group of 12 chats with only 1 labelled',
    ]);
  });

  it('picks the unlabelled row nearest its group’s centre', () => {
    const [pick] = pickNext({ ...options, batch: 1 }).picks;
    const members = rowsOf(1);
    const centre = new Float64Array(dim);
    for (const row of members) for (let j = 0; j < dim; j++) centre[j]! += vectors[row * dim + j]! / members.length;
    const distance = (row: number) => {
      let sum = 0;
      for (let j = 0; j < dim; j++) sum += (vectors[row * dim + j]! - centre[j]!) ** 2;
      return sum;
    };
    const nearest = members.reduce((best, row) => (distance(row) < distance(best) ? row : best));
    expect(pick!.index).toBe(nearest);
  });

  it('reuses a grouping fitted once, with the same picks as fitting it again', () => {
    const clustering = fitClusters(vectors, labels.length, dim, 3, 4);
    expect(pickNext({ ...options, clustering, batch: 3 })).toEqual(pickNext({ ...options, batch: 3 }));
    expect(() => pickNext({ ...options, clustering: { ...clustering, k: 4 }, batch: 1 })).toThrow(/expected 25 assignments and 4 × 512 centroids/);
  });
});
