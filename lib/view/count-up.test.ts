import { describe, expect, it } from 'vitest';
import { countUpProgress, countUpShown, countUpValue, easeOutCubic } from './count-up';
import { formatNumber, formatPercent } from './format';

const isNegativeZero = (value: number) => Object.is(value, -0);

describe('countUpProgress', () => {
  it('is 0 on a first frame whose timestamp precedes the start', () => {
    expect(countUpProgress(995, 1000, 1000)).toBe(0);
    expect(countUpProgress(-5, 0, 1000)).toBe(0);
  });

  it('runs linearly from 0 to 1 and stays at 1', () => {
    expect(countUpProgress(1000, 1000, 1000)).toBe(0);
    expect(countUpProgress(1500, 1000, 1000)).toBe(0.5);
    expect(countUpProgress(2000, 1000, 1000)).toBe(1);
    expect(countUpProgress(9000, 1000, 1000)).toBe(1);
  });

  it('is done at once for a zero or broken duration, and 0 for broken timestamps', () => {
    expect(countUpProgress(0, 0, 0)).toBe(1);
    expect(countUpProgress(0, 0, Number.NaN)).toBe(1);
    expect(countUpProgress(Number.NaN, 0, 1000)).toBe(0);
  });
});

describe('easeOutCubic', () => {
  it('clamps its input', () => {
    expect(easeOutCubic(-0.5)).toBe(0);
    expect(easeOutCubic(0)).toBe(0);
    expect(easeOutCubic(1)).toBe(1);
    expect(easeOutCubic(3)).toBe(1);
    expect(easeOutCubic(0.5)).toBeCloseTo(0.875);
  });
});

describe('countUpValue', () => {
  it('shows 0, not a negative number, on a frame before the start', () => {
    const value = countUpValue(2784, 990, 1000, 1000);
    expect(value).toBe(0);
    expect(isNegativeZero(value)).toBe(false);
    expect(formatNumber(countUpShown(2784, value))).toBe('0');
  });

  it('never shows "-0%" for a share on its first frame', () => {
    const value = countUpValue(0.42, 990, 1000, 1000);
    expect(formatPercent(countUpShown(0.42, value))).toBe('0%');
  });

  it('never goes below 0 or past the target on any frame', () => {
    for (const target of [2784, 1, 0.42, 3.5, 0]) {
      for (let now = 900; now <= 2200; now += 7) {
        const value = countUpValue(target, now, 1000, 1000);
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(target);
        expect(isNegativeZero(value)).toBe(false);
        expect(isNegativeZero(countUpShown(target, value))).toBe(false);
      }
    }
  });

  it('counts a negative target between it and 0', () => {
    for (let now = 900; now <= 2200; now += 50) {
      const value = countUpValue(-12, now, 1000, 1000);
      expect(value).toBeLessThanOrEqual(0);
      expect(value).toBeGreaterThanOrEqual(-12);
      expect(isNegativeZero(value)).toBe(false);
    }
  });

  it('ends exactly at the value, fractional targets included', () => {
    expect(countUpValue(2784, 2000, 1000, 1000)).toBe(2784);
    expect(countUpValue(0.1 + 0.2, 2000, 1000, 1000)).toBe(0.1 + 0.2);
    expect(countUpValue(3.14159, 5000, 1000, 1000)).toBe(3.14159);
    expect(countUpValue(-0, 5000, 1000, 1000)).toBe(0);
    expect(isNegativeZero(countUpValue(-0, 5000, 1000, 1000))).toBe(false);
  });

  it('keeps fractional targets fractional mid-count and rounds whole ones', () => {
    const mid = countUpValue(0.5, 1500, 1000, 1000);
    expect(mid).toBeCloseTo(0.4375);
    expect(countUpShown(0.5, mid)).toBe(mid);
    expect(countUpShown(2784, countUpValue(2784, 1500, 1000, 1000))).toBe(2436);
  });

  it('is monotone for a positive target', () => {
    let previous = -Infinity;
    for (let now = 1000; now <= 2000; now += 16) {
      const value = countUpValue(500, now, 1000, 1000);
      expect(value).toBeGreaterThanOrEqual(previous);
      previous = value;
    }
  });

  it('shows 0 for a non-finite target instead of NaN', () => {
    expect(countUpValue(Number.NaN, 1500, 1000, 1000)).toBe(0);
    expect(countUpShown(5, Number.NaN)).toBe(0);
  });
});
