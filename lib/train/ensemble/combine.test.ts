import { describe, expect, it } from 'vitest';
import { combineEnsemble, normaliseWeights, type EnsembleMember } from './combine';

// Two rows × three classes. Member arg-maxes: head [0, 1], prototypes [1, 0], keywords [2, 1].
const members: EnsembleMember[] = [
  { name: 'head', probabilities: Float32Array.of(0.6, 0.3, 0.1, 0.2, 0.5, 0.3), weight: 3 },
  { name: 'prototypes', probabilities: Float32Array.of(0.1, 0.5, 0.4, 0.4, 0.35, 0.25), weight: 1 },
  { name: 'keywords', probabilities: Float32Array.of(0.2, 0.3, 0.5, 0.1, 0.6, 0.3), weight: 0 },
];
const shape = { count: 2, classes: 3 };

function expectClose(actual: Float32Array, expected: number[]): void {
  expect(actual.length).toBe(expected.length);
  expected.forEach((value, i) => expect(actual[i]).toBeCloseTo(value, 5));
}

describe('combineEnsemble', () => {
  it('reports every member’s own predictions and share', () => {
    const result = combineEnsemble({ members, method: 'averaging', ...shape });
    expect(result.members.map((m) => [m.name, Array.from(m.predictions)])).toEqual([
      ['head', [0, 1]],
      ['prototypes', [1, 0]],
      ['keywords', [2, 1]],
    ]);
    result.members.forEach((m) => expect(m.weight).toBeCloseTo(1 / 3));
  });

  it('voting: majority wins; a three-way tie goes to the largest summed probability', () => {
    const result = combineEnsemble({ members, method: 'voting', ...shape });
    // Row 0: one vote each; sums 0.9 / 1.1 / 1.0 → class 1. Row 1: class 1 has two votes of three.
    expect(Array.from(result.predictions)).toEqual([1, 1]);
    expectClose(result.probabilities, [1 / 3, 1 / 3, 1 / 3, 1 / 3, 2 / 3, 0]);
  });

  it('averaging: the mean of the members’ probabilities', () => {
    const result = combineEnsemble({ members, method: 'averaging', ...shape });
    expectClose(result.probabilities, [0.3, 1.1 / 3, 1 / 3, 0.7 / 3, 1.45 / 3, 0.85 / 3]);
    expect(Array.from(result.predictions)).toEqual([1, 1]);
  });

  it('weighted: weights 3 : 1 : 0 normalise to 0.75 / 0.25 / 0 and flip row 0 to the head’s answer', () => {
    const result = combineEnsemble({ members, method: 'weighted', ...shape });
    expectClose(result.probabilities, [0.475, 0.35, 0.175, 0.25, 0.4625, 0.2875]);
    expect(Array.from(result.predictions)).toEqual([0, 1]);
    expect(result.members.map((m) => m.weight)).toEqual([0.75, 0.25, 0]);
  });

  it('weighted with every weight zero counts members equally, like averaging', () => {
    const zero = members.map((m) => ({ ...m, weight: 0 }));
    const weighted = combineEnsemble({ members: zero, method: 'weighted', ...shape });
    const averaged = combineEnsemble({ members, method: 'averaging', ...shape });
    expectClose(weighted.probabilities, Array.from(averaged.probabilities));
  });

  it('rejects bad weights, wrong shapes and an empty ensemble with specific errors', () => {
    expect(() => normaliseWeights([{ name: 'bad', probabilities: new Float32Array(6), weight: -1 }])).toThrow(/"bad" must be a finite number ≥ 0/);
    expect(() => combineEnsemble({ members: [{ name: 'short', probabilities: new Float32Array(5) }], method: 'averaging', ...shape })).toThrow(
      /member "short": expected 2 × 3 = 6 probabilities, got 5/,
    );
    expect(() => combineEnsemble({ members: [], method: 'voting', ...shape })).toThrow(/at least one member/);
  });
});
