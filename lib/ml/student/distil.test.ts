import { describe, expect, it } from 'vitest';
import { Rng } from '../../demo/prng';
import { distil, embedWithParameters } from './distil';
import { meanCosine } from './agreement';
import type { StudentParameters } from './static-encoder';

/** A teacher that is itself a (hidden) static encoder: the student can learn it exactly. */
function task(seed: number) {
  const rng = new Rng(seed);
  const vocab = 30;
  const dims = 8;
  const random = (n: number) => Float32Array.from({ length: n }, () => rng.next() * 2 - 1);
  const hidden: StudentParameters = { activation: 'identity', pooling: 'sum', dimensions: dims, tokenCap: 6, table: random(vocab * dims), weights: new Float32Array(vocab).fill(1), bias: new Float32Array(dims) };
  const ids = Array.from({ length: 400 }, () => Int32Array.from({ length: rng.int(1, 6) }, () => rng.int(0, vocab - 1)));
  const start: StudentParameters = { ...hidden, table: random(vocab * dims) };
  return { ids, targets: embedWithParameters(hidden, ids), start, dims };
}

describe('distil', () => {
  it('moves the student towards the teacher, deterministically', () => {
    const { ids, targets, start, dims } = task(1);
    const options = { epochs: 15, batchSize: 16, learningRate: 0.02, weightLearningRate: 0.01, biasLearningRate: 0.01, seed: 3 };
    const before = meanCosine(embedWithParameters(start, ids), targets, dims);
    const first = distil(start, { ids, targets }, options);
    const after = meanCosine(embedWithParameters(first.student, ids), targets, dims);
    expect(after).toBeGreaterThan(0.95);
    expect(after).toBeGreaterThan(before + 0.3);
    const second = distil(start, { ids, targets }, options);
    expect(second.student.table).toEqual(first.student.table);
    expect(second.student.weights).toEqual(first.student.weights);
    // The starting parameters are left alone.
    expect(first.student.table).not.toBe(start.table);
  });

  it('keeps the best-scoring epoch', () => {
    const { ids, targets, start, dims } = task(2);
    const result = distil(start, { ids, targets }, {
      epochs: 4, batchSize: 16, learningRate: 0.02, weightLearningRate: 0, biasLearningRate: 0, seed: 1,
      score: (student) => meanCosine(embedWithParameters(student, ids), targets, dims),
    });
    expect(result.scores).toHaveLength(5);
    expect(result.scores[result.bestEpoch]).toBe(Math.max(...result.scores));
  });

  it('follows the true gradient with tanh and mean pooling', () => {
    // One example, one plain SGD-like step is hard to observe through Adam; instead compare the
    // loss after a tiny step against finite differences of the loss along the same direction.
    const { ids, targets, dims } = task(4);
    const rng = new Rng(9);
    const start: StudentParameters = {
      activation: 'tanh',
      pooling: 'mean',
      dimensions: dims,
      tokenCap: 6,
      table: Float32Array.from({ length: 30 * dims }, () => rng.next() * 2 - 1),
      weights: Float32Array.from({ length: 30 }, () => 0.5 + rng.next()),
      bias: Float32Array.from({ length: dims }, () => rng.next() - 0.5),
    };
    const loss = (student: StudentParameters) => 1 - meanCosine(embedWithParameters(student, ids), targets, dims);
    const before = loss(start);
    const { student } = distil(start, { ids, targets }, { epochs: 1, batchSize: ids.length, learningRate: 1e-3, weightLearningRate: 1e-3, biasLearningRate: 1e-3, seed: 1 });
    // A first Adam step moves every parameter by ~lr against the sign of its gradient: the loss must fall.
    expect(loss(student)).toBeLessThan(before);
    const trained = distil(start, { ids, targets }, { epochs: 30, batchSize: 16, learningRate: 0.02, weightLearningRate: 0.01, biasLearningRate: 0.01, seed: 1 });
    expect(loss(trained.student)).toBeLessThan(before * 0.5);
  });
});
