/** Display formatting for the story and dashboard: numbers, dates, hours and time zones. */

import type { SourceFormat } from '../model/conversation';

const LOCALE = 'en-US';
const integer = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });
const compact = new Intl.NumberFormat(LOCALE, { notation: 'compact', maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 0 });
const bytesUnits = ['B', 'KB', 'MB', 'GB'] as const;

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
export const WEEKDAYS_SHORT = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

export function formatNumber(value: number): string {
  return integer.format(value);
}

/** 1.2M, 34K: for numbers too long for a headline. */
export function formatCompact(value: number): string {
  return compact.format(value);
}

/** Share 0–1 → "23%". */
export function formatPercent(share: number): string {
  return percent.format(share);
}

/** 0–23 → "12 AM", "3 PM". */
export function formatHour(hour: number): string {
  const h = ((hour % 24) + 24) % 24;
  const suffix = h < 12 ? 'AM' : 'PM';
  return `${h % 12 === 0 ? 12 : h % 12} ${suffix}`;
}

/** "11 PM – 12 AM" */
export function formatHourRange(hour: number): string {
  return `${formatHour(hour)} – ${formatHour(hour + 1)}`;
}

/** Calendar date "YYYY-MM-DD" (already local) → "Sat, Mar 14, 2026". */
export function formatDay(day: string, style: 'long' | 'short' = 'long'): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return date.toLocaleDateString(LOCALE, {
    timeZone: 'UTC',
    weekday: style === 'long' ? 'short' : undefined,
    month: 'short',
    day: 'numeric',
    year: 'numeric',
  });
}

/** "YYYY-MM" → "March 2026" (long) or "Mar" (short) or "Mar ’26" (shortYear). */
export function formatMonth(month: string, style: 'long' | 'short' | 'shortYear' = 'long'): string {
  const date = new Date(`${month}-01T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return month;
  if (style === 'long') return date.toLocaleDateString(LOCALE, { timeZone: 'UTC', month: 'long', year: 'numeric' });
  const name = date.toLocaleDateString(LOCALE, { timeZone: 'UTC', month: 'short' });
  return style === 'short' ? name : `${name} ’${month.slice(2, 4)}`;
}

/** Epoch ms → "Mar 14, 2026" in the viewer's zone; "Undated" for null. */
export function formatTimestamp(ms: number | null, timeZone?: string): string {
  if (ms === null || !Number.isFinite(ms)) return 'Undated';
  return new Date(ms).toLocaleDateString(LOCALE, { timeZone, month: 'short', day: 'numeric', year: 'numeric' });
}

/** Epoch ms → "Mar 14, 2026, 11:02 PM". */
export function formatDateTime(ms: number | null, timeZone?: string): string {
  if (ms === null || !Number.isFinite(ms)) return '';
  return new Date(ms).toLocaleString(LOCALE, {
    timeZone,
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  });
}

/** ISO instants of a period → "Jan 3, 2026 – Nov 28, 2026". */
export function formatIsoRange(firstAt: string | null, lastAt: string | null, timeZone?: string): string {
  if (!firstAt || !lastAt) return 'No dated activity';
  return `${formatTimestamp(Date.parse(firstAt), timeZone)} – ${formatTimestamp(Date.parse(lastAt), timeZone)}`;
}

export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < bytesUnits.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${bytesUnits[unit]}`;
}

export interface TimeZoneLabel {
  /** The IANA id, e.g. "Europe/Berlin". */
  id: string;
  /** A human name when the runtime knows one, e.g. "Central European Time". */
  name: string | null;
}

/** Names a time zone for "all times in …" captions. */
export function describeTimeZone(timeZone: string): TimeZoneLabel {
  try {
    const parts = new Intl.DateTimeFormat(LOCALE, { timeZone, timeZoneName: 'longGeneric' }).formatToParts(new Date());
    const name = parts.find((part) => part.type === 'timeZoneName')?.value ?? null;
    return { id: timeZone, name: name && name !== timeZone ? name : null };
  } catch {
    return { id: timeZone, name: null };
  }
}

/** "Europe/Berlin (Central European Time)". */
export function formatTimeZone(timeZone: string): string {
  const { id, name } = describeTimeZone(timeZone);
  return name ? `${id.replace(/_/g, ' ')} (${name})` : id.replace(/_/g, ' ');
}

const SOURCE_NAMES: Record<SourceFormat, string> = { chatgpt: 'ChatGPT', claude: 'Claude', gemini: 'Gemini' };

/** "ChatGPT", "Claude", "Gemini". */
export function sourceName(format: SourceFormat): string {
  return SOURCE_NAMES[format] ?? format;
}
