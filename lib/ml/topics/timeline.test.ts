import { describe, expect, it } from 'vitest';
import { monthRange, shareSlope, TREND_THRESHOLD, topicTimelines } from './timeline';

describe('monthRange', () => {
  it('fills the gaps between the first and last month', () => {
    expect(monthRange(['2024-11', 'bad', '2025-02', '2024-12'])).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(monthRange([])).toEqual([]);
  });
});

describe('topicTimelines', () => {
  it('gives a rising topic a positive velocity and the other a negative one', () => {
    // Topic 0 grows from 1 of 10 conversations a month to 6 of 10 over six months.
    const assignments: number[] = [];
    const months: string[] = [];
    for (let m = 0; m < 6; m++) {
      for (let i = 0; i < 10; i++) {
        assignments.push(i < 1 + m ? 0 : 1);
        months.push(`2025-0${m + 1}`);
      }
    }
    const [rising, declining] = topicTimelines(assignments, months, 2);
    expect(rising!.velocity).toBeCloseTo(0.1, 5);
    expect(rising!.trend).toBe('rising');
    expect(declining!.velocity).toBeCloseTo(-0.1, 5);
    expect(declining!.trend).toBe('declining');
    expect(rising!.monthly.map((m) => m.conversations)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('only reads the latest six months and calls small changes steady', () => {
    const months = ['2024-01', '2024-01', '2024-07', '2024-08', '2024-09', '2024-10', '2024-11', '2024-12'];
    const assignments = [0, 0, 1, 1, 1, 1, 1, 1];
    const [old] = topicTimelines(assignments, months, 2);
    expect(old!.monthly).toHaveLength(12);
    expect(old!.velocity).toBe(0);
    expect(old!.trend).toBe('steady');
    expect(Math.abs(shareSlope([5, 5, 5], [100, 100, 101]))).toBeLessThan(TREND_THRESHOLD);
  });

  it('uses the given buckets and needs three active months for a trend', () => {
    const [topic] = topicTimelines([0, 0], ['2025-01', '2025-02'], 1, ['2024-12', '2025-01', '2025-02']);
    expect(topic!.monthly.map((m) => m.conversations)).toEqual([0, 1, 1]);
    expect(topic!.trend).toBe('steady');
  });
});
