/**
 * Calendar arithmetic on "day numbers": whole days since 1970-01-01 in some local time.
 * Local times are plain epoch-like milliseconds already shifted by the zone offset, so
 * the UTC getters of Date read local fields without any time-zone lookup.
 */

export const MS_PER_DAY = 86_400_000;
export const MS_PER_HOUR = 3_600_000;

export function dayNumber(localMs: number): number {
  return Math.floor(localMs / MS_PER_DAY);
}

/** 0 = Monday … 6 = Sunday. Day 0 (1970-01-01) was a Thursday. */
export function weekdayOfDay(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

export function hourOfDay(localMs: number): number {
  return Math.floor((localMs - dayNumber(localMs) * MS_PER_DAY) / MS_PER_HOUR);
}

/** Months since year 0: year × 12 + (month − 1); sorts and subtracts like a number. */
export function monthIndexOfDay(day: number): number {
  const date = new Date(day * MS_PER_DAY);
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

export function yearOfDay(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCFullYear();
}

export function firstDayOfYear(year: number): number {
  return Date.UTC(year, 0, 1) / MS_PER_DAY;
}

/** YYYY-MM-DD. */
export function formatDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** YYYY-MM. */
export function formatMonth(monthIndex: number): string {
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}
