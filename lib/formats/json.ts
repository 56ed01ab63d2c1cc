/**
 * Narrowing helpers for untrusted export JSON: every field may be missing, null or of the
 * wrong type, so readers return `undefined` instead of trusting a shape.
 */

export type JsonRecord = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function asNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function asRecord(value: unknown): JsonRecord | undefined {
  return isRecord(value) ? value : undefined;
}

/**
 * Times outside these years are a broken clock or a crafted file, never a chat: kept, they would
 * stretch the monthly series over millennia or past what `Date` can format. Treated as missing.
 */
const EARLIEST_MS = Date.UTC(2000, 0, 1);
const LATEST_MS = Date.UTC(2100, 0, 1);

function plausibleTime(ms: number): number | null {
  return ms >= EARLIEST_MS && ms < LATEST_MS ? ms : null;
}

/** ChatGPT times are epoch seconds as floats. */
export function secondsToMs(value: unknown): number | null {
  const seconds = asNumber(value);
  return seconds === undefined ? null : plausibleTime(Math.round(seconds * 1000));
}

/** Claude and Gemini times are ISO strings. */
export function isoToMs(value: unknown): number | null {
  const iso = asString(value);
  if (iso === undefined) return null;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : plausibleTime(ms);
}

/** A record's own property only: keys come from the export and may be `__proto__` or `constructor`. */
export function ownRecord(map: JsonRecord, key: string): JsonRecord | undefined {
  return Object.hasOwn(map, key) ? asRecord(map[key]) : undefined;
}

/** Drops keys whose value is undefined, so optional fields are absent rather than stored as undefined. */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}
