import { describe, expect, it } from 'vitest';
import { clusters } from '../train/synthetic';
import { classifyWithEnsemble, curveSizes, evaluateEnsemble, fitCategoryHead, learningCurve, PROTOTYPE_MEMBER } from './train-categories';

const DIMS = 24;
/** Two well separated classes; prototypes at each class's centre, or swapped (a misleading description). */
const set = clusters(3, { classes: 2, perClass: 15, dims: DIMS, separation: 1.5 });
const centre = (k: number) => Float32Array.from({ length: DIMS }, (_, d) => 3 + (d % 2 === k ? 1.5 : 0));
const prototypes = new Float32Array([...centre(0), ...centre(1)]);
const swapped = new Float32Array([...centre(1), ...centre(0)]);

describe('training custom categories', () => {
  it('scores the head, the prototypes and the ensemble out of fold', async () => {
    const result = await evaluateEnsemble(set, prototypes, { model: 'logistic', method: 'averaging', seed: 1 });
    expect(result.folds).toBe(5);
    expect(result.members.map((m) => m.name)).toEqual(['Trained head', PROTOTYPE_MEMBER]);
    expect(result.members[0]!.metrics.macroF1).toBe(1);
    expect(result.ensemble.macroF1).toBe(1);
  });

  it('weights a misleading zero-shot member down and the head carries the ensemble', async () => {
    const result = await evaluateEnsemble(set, swapped, { model: 'logistic', method: 'weighted', seed: 1 });
    expect(result.members[1]!.metrics.macroF1).toBe(0);
    expect(result.members[1]!.weight).toBe(0);
    expect(result.ensemble.macroF1).toBe(1);
  });

  it('draws the learning curve over label prefixes ending at all labels', async () => {
    expect(curveSizes(3)).toEqual([]);
    expect(curveSizes(30)).toEqual([4, 9, 14, 20, 25, 30]);
    const curve = await learningCurve(set, prototypes, { model: 'logistic', method: 'voting', seed: 1 });
    expect(curve.map((point) => point.labels)).toEqual([4, 9, 14, 20, 25, 30]);
    expect(curve.at(-1)!.head).toBe(1);
  });

  it('classifies every vector with the ensemble', () => {
    const head = fitCategoryHead(set, { model: 'mlp', seed: 1 });
    const { predictions, confidence } = classifyWithEnsemble({ head, prototypes, vectors: set.vectors, count: set.count, dims: DIMS, method: 'averaging', weights: [1, 1] });
    expect(Array.from(predictions)).toEqual(Array.from(set.labels));
    expect(Math.min(...confidence)).toBeGreaterThan(0.5);
  });
});
