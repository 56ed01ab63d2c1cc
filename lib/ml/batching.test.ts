import { describe, expect, it } from 'vitest';
import { planBatches } from './batching';

describe('planBatches', () => {
  it('groups by length, shortest first, within the padded token budget', () => {
    const lengths = [100, 5, 6, 300, 7, 5];
    const batches = planBatches(lengths, 64, 8);
    expect(batches.flat().sort()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(batches[0]).toEqual([1, 5, 2, 4]);
    for (const batch of batches) {
      const longest = Math.max(...batch.map((i) => lengths[i]!));
      expect(batch.length === 1 || batch.length * longest <= 64).toBe(true);
    }
  });

  it('caps the batch size', () => {
    expect(planBatches(new Array(10).fill(1), 1024, 4).map((batch) => batch.length)).toEqual([4, 4, 2]);
  });
});
