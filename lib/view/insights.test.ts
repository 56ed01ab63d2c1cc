import { describe, expect, it } from 'vitest';
import { weekendShare, contentKindEntries, heatLevel, modelShares, modelsUnknown, peakHour, peakMonth, peakWeekday, wordWeights } from './insights';

const emptyHeatmap = () => Array.from({ length: 7 }, () => Array<number>(24).fill(0));

describe('insights', () => {
  it('finds the peak hour and weekday', () => {
    const heatmap = emptyHeatmap();
    heatmap[0]![22] = 5;
    heatmap[4]![22] = 3;
    heatmap[4]![9] = 6;
    expect(peakHour(heatmap)).toEqual({ key: 22, value: 8 });
    expect(peakWeekday(heatmap)).toEqual({ key: 4, value: 9 });
    expect(peakHour(emptyHeatmap())).toBeNull();
    expect(weekendShare(heatmap)).toBe(0);
    heatmap[6]![3] = 6;
    expect(weekendShare(heatmap)).toBe(0.3);
    expect(weekendShare(emptyHeatmap())).toBe(0);
  });

  it('scales heat levels from 0 to 4', () => {
    expect(heatLevel(0, 10)).toBe(0);
    expect(heatLevel(1, 100)).toBe(1);
    expect(heatLevel(100, 100)).toBe(4);
    expect(heatLevel(5, 0)).toBe(0);
  });

  it('picks the busiest month', () => {
    const monthly = [
      { month: '2026-01', conversations: 1, userMessages: 4, assistantMessages: 4 },
      { month: '2026-02', conversations: 1, userMessages: 9, assistantMessages: 9 },
      { month: '2026-03', conversations: 0, userMessages: 0, assistantMessages: 0 },
    ];
    expect(peakMonth(monthly)?.month).toBe('2026-02');
    expect(peakMonth([])).toBeNull();
  });

  it('computes model shares', () => {
    const shares = modelShares([
      { model: 'gpt-4o', messages: 75 },
      { model: 'o3', messages: 25 },
    ]);
    expect(shares.map((entry) => entry.share)).toEqual([0.75, 0.25]);
    expect(modelsUnknown([{ model: 'unknown', messages: 3 }])).toBe(true);
    expect(modelsUnknown(shares)).toBe(false);
  });

  it('orders content kinds by count', () => {
    const entries = contentKindEntries({ images: 2, generatedImages: 0, voice: 9, browsing: 0, codeInterpreter: 1, files: 0, thoughts: 0 });
    expect(entries.slice(0, 3).map((entry) => entry.kind)).toEqual(['voice', 'images', 'codeInterpreter']);
    expect(entries).toHaveLength(7);
  });

  it('weights words between 0 and 1', () => {
    const weights = wordWeights([
      { word: 'rust', count: 10, score: 8 },
      { word: 'tokio', count: 4, score: 4 },
      { word: 'borrow', count: 2, score: 2 },
    ]);
    expect(weights.map((entry) => entry.weight)).toEqual([1, 1 / 3, 0]);
    expect(wordWeights([{ word: 'solo', count: 1, score: 1 }])[0]?.weight).toBe(1);
  });
});
