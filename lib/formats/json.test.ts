import { describe, expect, it } from 'vitest';
import { isoToMs, ownRecord, secondsToMs } from './json';

describe('export times', () => {
  it('reads ChatGPT epoch seconds and ISO strings', () => {
    expect(secondsToMs(1_717_236_000.5)).toBe(1_717_236_000_500);
    expect(isoToMs('2024-06-01T10:00:00.000Z')).toBe(Date.UTC(2024, 5, 1, 10));
  });

  it('treats a time outside 2000–2099 as missing, not as a date to chart', () => {
    // Found by the fuzzer: 1e15 seconds crashed local-time formatting (beyond what Date can hold),
    // and the year 9999 stretched the monthly series over 8,000 years.
    expect(secondsToMs(1e15)).toBeNull();
    expect(secondsToMs(1.7e12)).toBeNull();
    expect(secondsToMs(-1)).toBeNull();
    expect(secondsToMs(0)).toBeNull();
    expect(isoToMs('9999-12-31T23:59:59.999Z')).toBeNull();
    expect(isoToMs('+275760-09-13T00:00:00.000Z')).toBeNull();
    expect(isoToMs('1970-01-01T00:00:00Z')).toBeNull();
    expect(isoToMs('2000-01-01T00:00:00Z')).toBe(Date.UTC(2000, 0, 1));
    expect(isoToMs('2099-12-31T23:59:59.999Z')).toBe(Date.UTC(2100, 0, 1) - 1);
    expect(isoToMs('2100-01-01T00:00:00Z')).toBeNull();
  });

  it('rejects what is not a finite number or a date string', () => {
    expect(secondsToMs('1717236000')).toBeNull();
    expect(secondsToMs(Infinity)).toBeNull();
    expect(isoToMs(1_717_236_000)).toBeNull();
    expect(isoToMs('not a date')).toBeNull();
  });
});

describe('ownRecord', () => {
  it('finds own keys only, even when they are named like Object.prototype members', () => {
    const map = JSON.parse('{"__proto__": {"a": 1}, "b": {"c": 2}}') as Record<string, unknown>;
    expect(ownRecord(map, '__proto__')).toEqual({ a: 1 });
    expect(ownRecord(map, 'constructor')).toBeUndefined();
    expect(ownRecord(map, 'toString')).toBeUndefined();
  });
});
