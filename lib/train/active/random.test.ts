import { describe, expect, it } from 'vitest';
import { blobs } from '../../ml/topics/test-data';
import { pickNext } from './pick-next';

const { vectors, labels } = blobs([30, 30, 30], 512, 0.05, 3);
const count = labels.length;
const labelled = new Set([0, 1, 2, 5, 8, 13, 21, 34, 55]);
const base = { vectors, count, labelled, classNames: [] };

describe('random', () => {
  it('is the same for the same seed and differs between seeds', () => {
    const pick = (seed: number) => pickNext({ ...base, strategy: 'random', batch: 10, seed }).picks.map((p) => p.index);
    expect(pick(7)).toEqual(pick(7));
    expect(pick(7)).not.toEqual(pick(8));
    expect(pickNext({ ...base, strategy: 'random', batch: 1, seed: 7 }).picks[0]!.reason).toBe('Picked at random');
  });

  it('never picks a labelled row, even when asked for every row', () => {
    const picks = pickNext({ ...base, strategy: 'random', batch: count, seed: 2 }).picks.map((p) => p.index);
    expect(picks).toHaveLength(count - labelled.size);
    expect(picks.filter((row) => labelled.has(row))).toEqual([]);
  });
});
