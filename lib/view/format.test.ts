import { describe, expect, it } from 'vitest';
import { describeTimeZone, formatBytes, formatDay, formatHour, formatHourRange, formatMonth, formatNumber, formatPercent, formatTimeZone, sourceName } from './format';

describe('format', () => {
  it('formats numbers and shares', () => {
    expect(formatNumber(1234567)).toBe('1,234,567');
    expect(formatPercent(0.234)).toBe('23%');
  });

  it('formats hours on a 12-hour clock', () => {
    expect(formatHour(0)).toBe('12 AM');
    expect(formatHour(12)).toBe('12 PM');
    expect(formatHour(23)).toBe('11 PM');
    expect(formatHourRange(23)).toBe('11 PM – 12 AM');
  });

  it('formats local calendar days and months without shifting them', () => {
    expect(formatDay('2026-03-14')).toBe('Sat, Mar 14, 2026');
    expect(formatDay('2026-03-14', 'short')).toBe('Mar 14, 2026');
    expect(formatMonth('2026-03')).toBe('March 2026');
    expect(formatMonth('2026-03', 'short')).toBe('Mar');
    expect(formatMonth('2026-03', 'shortYear')).toBe('Mar ’26');
  });

  it('names time zones and survives unknown ones', () => {
    expect(describeTimeZone('Europe/Berlin').id).toBe('Europe/Berlin');
    expect(formatTimeZone('America/New_York')).toMatch(/^America\/New York/);
    expect(describeTimeZone('Not/AZone')).toEqual({ id: 'Not/AZone', name: null });
  });

  it('names export sources', () => {
    expect(sourceName('chatgpt')).toBe('ChatGPT');
    expect(sourceName('gemini')).toBe('Gemini');
  });

  it('formats byte sizes', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
  });
});
