import { describe, expect, it } from 'vitest';
import { pickNext } from './pick-next';

const classNames = ['Work', 'Learning', 'Creative'];
// Row 0 is confident; row 1 has the smallest top-two margin (0.02) but lower entropy than row 2,
// whose probability is spread over all three; row 3 is the most uncertain of all but already labelled.
const probabilities = Float32Array.of(
  0.9, 0.05, 0.05,
  0.5, 0.48, 0.02,
  0.4, 0.3, 0.3,
  0.34, 0.33, 0.33,
  0.7, 0.2, 0.1,
);
const count = 5;
const dim = 4;
const vectors = new Float32Array(count * dim).map((_, i) => ((i * 37) % 11) / 11 + 0.1);
const base = { vectors, count, dim, probabilities, classNames, labelled: new Set([3]), seed: 1 };

describe('uncertainty strategies', () => {
  it('margin picks the row whose two best classes are closest, with the reason in words', () => {
    const { strategy, fallback, picks } = pickNext({ ...base, strategy: 'uncertainty-margin', batch: 1 });
    expect(strategy).toBe('uncertainty-margin');
    expect(fallback).toBeNull();
    expect(picks).toEqual([{ index: 1, score: expect.closeTo(0.98, 5), reason: 'The model is torn between Work (50%) and Learning (48%)' }]);
  });

  it('entropy picks the row with the most spread-out probabilities', () => {
    const { picks } = pickNext({ ...base, strategy: 'uncertainty-entropy', batch: 1 });
    expect(picks[0]!.index).toBe(2);
    expect(picks[0]!.reason).toBe("The model's guesses are spread out: Work (40%), Learning (30%), Creative (30%)");
    const expected = -(0.4 * Math.log(0.4) + 2 * 0.3 * Math.log(0.3)) / Math.log(3);
    expect(picks[0]!.score).toBeCloseTo(expected, 5);
  });

  it('ranks a whole batch, most uncertain first, without the labelled row', () => {
    const margin = pickNext({ ...base, strategy: 'uncertainty-margin', batch: 10 }).picks.map((p) => p.index);
    const entropy = pickNext({ ...base, strategy: 'uncertainty-entropy', batch: 10 }).picks.map((p) => p.index);
    expect(margin).toEqual([1, 2, 4, 0]);
    // Entropy ranks row 4 (0.7 / 0.2 / 0.1) above row 1 (0.5 / 0.48 / 0.02): the measures disagree by design.
    expect(entropy).toEqual([2, 4, 1, 0]);
  });

  it('falls back to cluster diversity, and says why, with no labels or no model', () => {
    const noLabels = pickNext({ ...base, labelled: new Set(), strategy: 'uncertainty-margin', batch: 2 });
    expect(noLabels.strategy).toBe('diversity-cluster');
    expect(noLabels.fallback).toMatch(/Nothing is labelled yet/);
    expect(noLabels.picks[0]!.reason).toMatch(/^Represents a group of \d+ chats? with no label yet$/);
    const noModel = pickNext({ ...base, probabilities: undefined, strategy: 'uncertainty-entropy', batch: 2 });
    expect(noModel.strategy).toBe('diversity-cluster');
    expect(noModel.fallback).toMatch(/No model is trained yet/);
    expect(noModel.picks).toHaveLength(2);
  });

  it('rejects probabilities that do not match the rows and classes', () => {
    expect(() => pickNext({ ...base, classNames: ['Work', 'Learning'], strategy: 'uncertainty-margin', batch: 1 })).toThrow(
      /expected 5 × 2 = 10 probabilities, got 15/,
    );
  });
});
