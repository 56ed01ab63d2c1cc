import { describe, expect, it } from 'vitest';
import { Rng } from '../../demo/prng';
import { adjustedRandIndex, kMeans, meanCosine, neighbourAgreement, probePredict, trainProbe } from './agreement';

/** `perBlob` unit vectors around each of `blobs` random directions. */
function blobs(count: number, perBlob: number, dims: number, spread: number, seed: number) {
  const rng = new Rng(seed);
  const centres = Array.from({ length: count }, () => Array.from({ length: dims }, () => rng.next() * 2 - 1));
  const vectors = new Float32Array(count * perBlob * dims);
  const labels = new Int32Array(count * perBlob);
  for (let c = 0; c < count; c++) {
    for (let p = 0; p < perBlob; p++) {
      const row = c * perBlob + p;
      labels[row] = c;
      const point = centres[c]!.map((value) => value + (rng.next() - 0.5) * spread);
      const norm = Math.hypot(...point);
      point.forEach((value, d) => (vectors[row * dims + d] = value / norm));
    }
  }
  return { vectors, labels };
}

describe('agreement measures', () => {
  it('scores identical encoders as identical', () => {
    const { vectors } = blobs(3, 10, 8, 0.5, 1);
    expect(meanCosine(vectors, vectors, 8)).toBeCloseTo(1, 5);
    const neighbours = neighbourAgreement(vectors, vectors, 8, 5);
    expect(neighbours.overlap).toBe(1);
    expect(neighbours.top1InTopK).toBe(1);
    expect(neighbours.randomBaseline).toBeCloseTo(5 / 29);
  });

  it('adjusted Rand index: 1 for the same partition under other names, ~0 for unrelated ones', () => {
    expect(adjustedRandIndex([0, 0, 1, 1, 2, 2], [5, 5, 3, 3, 9, 9])).toBe(1);
    const rng = new Rng(2);
    const a = Array.from({ length: 2000 }, () => rng.int(0, 4));
    const b = Array.from({ length: 2000 }, () => rng.int(0, 4));
    expect(Math.abs(adjustedRandIndex(a, b))).toBeLessThan(0.02);
  });

  it('k-means finds well separated blobs, the same way for the same seed', () => {
    const { vectors, labels } = blobs(4, 25, 16, 0.3, 3);
    const found = kMeans(vectors, 16, 4, 7);
    expect(adjustedRandIndex(labels, found)).toBe(1);
    expect(kMeans(vectors, 16, 4, 7)).toEqual(found);
  });

  it('a softmax probe learns separable classes', () => {
    const { vectors, labels } = blobs(3, 30, 8, 0.4, 4);
    const weights = trainProbe(vectors, labels, 3, 8, 5);
    const predicted = probePredict(weights, vectors, 3, 8);
    expect(predicted.filter((label, i) => label === labels[i]).length).toBeGreaterThanOrEqual(88);
  });
});
