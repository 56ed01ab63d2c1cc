import { describe, expect, it } from 'vitest';
import { blobs } from '../../ml/topics/test-data';
import { pickNext } from './pick-next';
import { ACTIVE_STRATEGIES } from './types';

const { vectors, labels } = blobs([30, 30, 30], 512, 0.05, 3);
const count = labels.length;
const labelled = new Set([0, 1, 2, 5, 8, 13, 21, 34, 55]);
const classNames = ['Work', 'Learning', 'Creative'];
// A made-up model: confident on even rows, unsure on odd ones.
const probabilities = new Float32Array(count * 3).map((_, i) => (Math.floor(i / 3) % 2 === 0 ? [0.8, 0.1, 0.1] : [0.4, 0.35, 0.25])[i % 3]!);
const base = { vectors, count, labelled, classNames, probabilities };

describe('every strategy', () => {
  it.each(ACTIVE_STRATEGIES)('%s returns a batch of distinct unlabelled rows, each with a reason', (strategy) => {
    const { picks } = pickNext({ ...base, strategy, batch: 12, seed: 9 });
    const rows = picks.map((p) => p.index);
    expect(rows).toHaveLength(12);
    expect(new Set(rows).size).toBe(12);
    expect(rows.every((row) => row >= 0 && row < count && !labelled.has(row))).toBe(true);
    expect(picks.every((p) => p.reason.length > 0)).toBe(true);
  });

  it.each(ACTIVE_STRATEGIES)('%s returns only what is left when the batch exceeds it', (strategy) => {
    const almostAll = new Set(Array.from({ length: count - 2 }, (_, row) => row));
    const { picks } = pickNext({ ...base, labelled: almostAll, strategy, batch: 5, seed: 1 });
    expect(picks.map((p) => p.index).sort((a, b) => a - b)).toEqual([count - 2, count - 1]);
  });

  it('ignores labels for rows that do not exist and rejects bad sizes', () => {
    const { picks } = pickNext({ ...base, labelled: new Set([-1, count + 3]), strategy: 'random', batch: count, seed: 1 });
    expect(picks).toHaveLength(count);
    expect(() => pickNext({ ...base, strategy: 'random', batch: 1.5, seed: 1 })).toThrow(/batch must be a whole number ≥ 0, got 1.5/);
    expect(() => pickNext({ ...base, count: count + 1, strategy: 'random', batch: 1, seed: 1 })).toThrow(/need 46592 values, got 46080/);
  });
});
