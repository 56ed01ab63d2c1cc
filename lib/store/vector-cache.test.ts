import { describe, expect, it } from 'vitest';
import { dequantizeVector, quantizeVector } from './vector-cache';

describe('vector quantization', () => {
  it('keeps cosine similarity to within 0.01 and returns unit vectors', () => {
    const vector = new Float32Array(512).map((_, i) => Math.sin(i * 1.7) * (i % 7 === 0 ? 3 : 1));
    let norm = 0;
    for (const x of vector) norm += x * x;
    vector.forEach((x, i) => (vector[i] = x / Math.sqrt(norm)));
    const restored = dequantizeVector(quantizeVector(vector));
    let dot = 0;
    let restoredNorm = 0;
    for (let i = 0; i < 512; i++) {
      dot += vector[i]! * restored[i]!;
      restoredNorm += restored[i]! ** 2;
    }
    expect(restoredNorm).toBeCloseTo(1, 5);
    expect(dot).toBeGreaterThan(0.99);
  });

  it('survives a zero vector', () => {
    expect([...dequantizeVector(quantizeVector(new Float32Array(4)))]).toEqual([0, 0, 0, 0]);
  });
});
