import { describe, expect, it } from 'vitest';
import { gaussian, normalise, randomUnit } from '../../ml/topics/test-data';
import { seededRandom } from '../../ml/topics/vectors';
import { argmaxRows } from './probability-rows';
import { prototypeProbabilities, prototypeSource } from './prototypes';

describe('prototypeProbabilities', () => {
  it('is a softmax of cosine / temperature (hand-computed in 2-d)', () => {
    const prototypes = Float32Array.of(1, 0, 0, 1);
    // [3, 0] has cosines 1 and 0 (length does not matter); at T = 0.5 that is softmax(2, 0).
    const probabilities = prototypeProbabilities(Float32Array.of(3, 0, 1, 1), 2, prototypes, { dim: 2, temperature: 0.5 });
    const sharp = Math.exp(2) / (Math.exp(2) + 1);
    expect(probabilities[0]).toBeCloseTo(sharp, 6);
    expect(probabilities[1]).toBeCloseTo(1 - sharp, 6);
    expect(probabilities[2]).toBeCloseTo(0.5, 6);
    expect(probabilities[3]).toBeCloseTo(0.5, 6);
  });

  it('classifies 512-d vectors near each category’s embedding as that category', () => {
    const random = seededRandom(11);
    const prototypes = new Float32Array(3 * 512);
    for (let c = 0; c < 3; c++) prototypes.set(randomUnit(512, random), c * 512);
    // Each row is its category's embedding plus noise about as large as the embedding itself.
    const truth = Array.from({ length: 60 }, (_, i) => (i * 7) % 3);
    const vectors = new Float32Array(60 * 512);
    truth.forEach((c, i) => {
      const row = Float32Array.from(prototypes.subarray(c * 512, c * 512 + 512), (v) => v + 0.04 * gaussian(random));
      vectors.set(normalise(row), i * 512);
    });
    const probabilities = prototypeSource(prototypes)(vectors, 60);
    expect(Array.from(argmaxRows(probabilities, 60, 3))).toEqual(truth);
    for (let i = 0; i < 60; i++) {
      expect(probabilities[i * 3]! + probabilities[i * 3 + 1]! + probabilities[i * 3 + 2]!).toBeCloseTo(1, 5);
      expect(probabilities[i * 3 + truth[i]!]).toBeGreaterThan(0.9);
    }
  });

  it('gets sharper as the temperature drops and stays finite when it is tiny', () => {
    const prototypes = Float32Array.of(1, 0, 0.8, 0.6);
    const at = (temperature: number) => prototypeProbabilities(Float32Array.of(1, 0), 1, prototypes, { dim: 2, temperature })[0]!;
    expect(at(0.05)).toBeGreaterThan(at(0.5));
    expect(at(1e-6)).toBe(1);
  });

  it('gives a zero vector uniform probabilities and rejects bad inputs', () => {
    expect(Array.from(prototypeProbabilities(new Float32Array(2), 1, Float32Array.of(1, 0, 0, 1), { dim: 2 }))).toEqual([0.5, 0.5]);
    expect(() => prototypeProbabilities(new Float32Array(2), 1, Float32Array.of(1, 0, 0), { dim: 2 })).toThrow(/whole 2-d rows/);
    expect(() => prototypeProbabilities(new Float32Array(2), 1, Float32Array.of(1, 0), { dim: 2, temperature: 0 })).toThrow(/temperature must be > 0/);
    expect(() => prototypeProbabilities(new Float32Array(3), 2, Float32Array.of(1, 0), { dim: 2 })).toThrow(/need 4 values, got 3/);
  });
});
