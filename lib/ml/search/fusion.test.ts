import { describe, expect, it } from 'vitest';
import { reciprocalRankFusion, RRF_K } from './fusion';

describe('reciprocalRankFusion', () => {
  it('ranks an item in both lists above items in one, and keeps each rank', () => {
    const fused = reciprocalRankFusion([
      ['a', 'both', 'b'],
      ['c', 'd', 'both'],
    ]);
    expect(fused[0]).toEqual({ item: 'both', score: 1 / (RRF_K + 2) + 1 / (RRF_K + 3), ranks: [2, 3] });
    expect(fused.map((f) => f.item)).toEqual(['both', 'a', 'c', 'd', 'b']);
    expect(fused.find((f) => f.item === 'c')!.ranks).toEqual([null, 1]);
  });

  it('handles empty and single lists', () => {
    expect(reciprocalRankFusion([[], []])).toEqual([]);
    expect(reciprocalRankFusion([[3, 1, 2]]).map((f) => f.item)).toEqual([3, 1, 2]);
  });
});
