import { describe, expect, it } from 'vitest';
import { calibration, evaluateProbabilities, logLoss, meanMetrics } from './metrics';

// Four rows, two classes; the top class is right for rows 0, 1 and 3.
const labels = [0, 1, 1, 0];
const probabilities = Float32Array.from([0.9, 0.1, 0.35, 0.65, 0.6, 0.4, 0.75, 0.25]);

describe('metrics', () => {
  it('log loss is the mean −ln p(true class)', () => {
    const expected = -(Math.log(0.9) + Math.log(0.65) + Math.log(0.4) + Math.log(0.75)) / 4;
    expect(logLoss(labels, probabilities, 2)).toBeCloseTo(expected, 6);
    expect(logLoss([0], Float32Array.from([0, 1]), 2)).toBeCloseTo(-Math.log(1e-15), 6);
  });

  it('ECE weighs each confidence bin’s |accuracy − confidence| by its share', () => {
    // Bins: 0.6–0.7 holds 0.65 (right) and 0.6 (wrong): acc 0.5, conf 0.625; 0.7–0.8 holds 0.75 (right); 0.9–1 holds 0.9 (right).
    const { ece, bins } = calibration(labels, probabilities, 2);
    expect(ece).toBeCloseTo((2 / 4) * 0.125 + (1 / 4) * 0.25 + (1 / 4) * 0.1, 6);
    expect(bins).toHaveLength(10);
    expect(bins[6]).toMatchObject({ lower: 0.6, count: 2, accuracy: 0.5 });
    expect(bins[6]!.confidence).toBeCloseTo(0.625, 6);
    expect(bins.filter((b) => b.count > 0).map((b) => b.lower)).toEqual([0.6, 0.7, 0.9]);
  });

  it('puts a confidence of exactly 1 in the last bin', () => {
    expect(calibration([0], Float32Array.from([1, 0]), 2).bins[9]!.count).toBe(1);
  });

  it('reports accuracy and macro-F1 from the top class', () => {
    const scores = evaluateProbabilities(labels, probabilities, 2);
    expect(scores.accuracy).toBe(0.75);
    // Class 0: tp 2, 2 actual, 3 guessed → 4/5. Class 1: tp 1, 2 actual, 1 guessed → 2/3.
    expect(scores.macroF1).toBeCloseTo((0.8 + 2 / 3) / 2, 10);
    expect(scores.confusion).toEqual([[2, 0], [1, 1]]);
    expect(() => evaluateProbabilities(labels, probabilities.subarray(2), 2)).toThrow(/need 8 probabilities, got 6/);
  });

  it('averages metrics', () => {
    const mean = meanMetrics([
      { accuracy: 1, macroF1: 0.5, logLoss: 0.2, ece: 0 },
      { accuracy: 0.5, macroF1: 0.25, logLoss: 0.4, ece: 0.1 },
    ]);
    expect(mean.accuracy).toBe(0.75);
    expect(mean.macroF1).toBe(0.375);
    expect(mean.logLoss).toBeCloseTo(0.3, 12);
    expect(mean.ece).toBeCloseTo(0.05, 12);
  });
});
