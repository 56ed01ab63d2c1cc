import { describe, expect, it } from 'vitest';
import { dayNumber, formatDay, hourOfDay, weekdayOfDay } from './calendar';
import { localClock } from './local-clock';

function wallClock(iso: string, timeZone: string): string {
  const local = localClock(timeZone).toLocalMs(Date.parse(iso));
  return new Date(local).toISOString().slice(0, 16);
}

describe('localClock', () => {
  it('shifts by whole and half-hour offsets', () => {
    expect(wallClock('2026-03-01T02:30:00Z', 'UTC')).toBe('2026-03-01T02:30');
    expect(wallClock('2026-03-01T02:30:00Z', 'America/Los_Angeles')).toBe('2026-02-28T18:30');
    expect(wallClock('2026-03-01T02:30:00Z', 'Asia/Kolkata')).toBe('2026-03-01T08:00');
    expect(wallClock('2026-03-01T02:30:00Z', 'Asia/Kathmandu')).toBe('2026-03-01T08:15');
  });

  it('follows US daylight saving on both transition days', () => {
    expect(wallClock('2026-03-08T09:59:00Z', 'America/Los_Angeles')).toBe('2026-03-08T01:59');
    expect(wallClock('2026-03-08T10:00:00Z', 'America/Los_Angeles')).toBe('2026-03-08T03:00');
    expect(wallClock('2026-11-01T08:30:00Z', 'America/Los_Angeles')).toBe('2026-11-01T01:30');
    expect(wallClock('2026-11-01T09:30:00Z', 'America/Los_Angeles')).toBe('2026-11-01T01:30');
  });

  it('is exact inside an hour whose offset changes at half past (Lord Howe Island)', () => {
    // 2026-10-04 02:00 local (+10:30) = 15:30Z jumps to 02:30 (+11:00).
    expect(wallClock('2026-10-03T15:10:00Z', 'Australia/Lord_Howe')).toBe('2026-10-04T01:40');
    expect(wallClock('2026-10-03T15:50:00Z', 'Australia/Lord_Howe')).toBe('2026-10-04T02:50');
  });

  it('returns the same clock for the same zone', () => {
    expect(localClock('Europe/Berlin')).toBe(localClock('Europe/Berlin'));
  });
});

describe('calendar', () => {
  it('reads weekday (Monday = 0), hour and date from local ms', () => {
    const local = Date.parse('2026-03-02T23:59:00Z'); // a Monday
    expect(weekdayOfDay(dayNumber(local))).toBe(0);
    expect(hourOfDay(local)).toBe(23);
    expect(formatDay(dayNumber(local))).toBe('2026-03-02');
    expect(weekdayOfDay(dayNumber(Date.parse('1969-12-28T12:00:00Z')))).toBe(6); // a Sunday
  });
});
