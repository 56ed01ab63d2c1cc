import { describe, expect, it } from 'vitest';
import { categoryBreakdown, categoryTimeline } from './breakdown';
import type { CategoryAssignment } from './types';

const at = (category: number, month: string | null): CategoryAssignment => ({ conversationId: `${category}${month}`, month, category, confidence: 1 });

describe('custom category breakdown', () => {
  const assignments = [at(1, '2024-11'), at(1, '2025-01'), at(0, '2025-01'), at(1, null)];
  it('counts and shares per category, largest first', () => {
    expect(categoryBreakdown(assignments, ['Work', 'Play', 'Health'])).toEqual([
      { category: 1, name: 'Play', conversations: 3, share: 0.75 },
      { category: 0, name: 'Work', conversations: 1, share: 0.25 },
      { category: 2, name: 'Health', conversations: 0, share: 0 },
    ]);
  });
  it('lays months out without gaps across a year end', () => {
    expect(categoryTimeline(assignments, 2)).toEqual([
      { month: '2024-11', counts: [0, 1] },
      { month: '2024-12', counts: [0, 0] },
      { month: '2025-01', counts: [1, 1] },
    ]);
  });
});
