import { describe, expect, it } from 'vitest';
import { buildCategoryTrainingSet, trainingBlocker } from './training-set';
import type { ConversationLabel, CustomCategory } from './types';

const categories: CustomCategory[] = [
  { id: 'work', name: 'Work', description: '', order: 0 },
  { id: 'play', name: 'Play', description: '', order: 1 },
];
const label = (conversationId: string, value: string, labelledAt: number): ConversationLabel => ({ task: 'custom', importId: 'i', conversationId, value, labelledAt });

describe('buildCategoryTrainingSet', () => {
  const vectors = Float32Array.from([1, 0, 0, 1, 0.5, 0.5]);
  it('joins labels with vectors oldest first and drops unknown categories and conversations', () => {
    const built = buildCategoryTrainingSet({
      labels: [label('c', 'play', 3), label('a', 'work', 1), label('b', 'gone', 2), label('zz', 'work', 4)],
      categories,
      conversationIds: ['a', 'b', 'c'],
      vectors,
      dims: 2,
    });
    expect(built.rows).toEqual([0, 2]);
    expect(Array.from(built.set.labels)).toEqual([0, 1]);
    expect(Array.from(built.set.vectors)).toEqual([1, 0, 0.5, 0.5]);
    expect(built.set.classes).toBe(2);
    expect(built.dropped).toBe(2);
  });

  it('says what is missing before training', () => {
    const one = buildCategoryTrainingSet({ labels: [label('a', 'work', 1)], categories, conversationIds: ['a', 'b', 'c'], vectors, dims: 2 });
    expect(trainingBlocker(one.set)).toMatch(/two categories/);
    const few = buildCategoryTrainingSet({ labels: [label('a', 'work', 1), label('b', 'play', 2)], categories, conversationIds: ['a', 'b', 'c'], vectors, dims: 2 });
    expect(trainingBlocker(few.set)).toMatch(/at least 4/);
  });
});
