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

/** ChatGPT times are epoch seconds as floats. */
export function secondsToMs(value: unknown): number | null {
  const seconds = asNumber(value);
  return seconds === undefined ? null : Math.round(seconds * 1000);
}

/** Claude and Gemini times are ISO strings. */
export function isoToMs(value: unknown): number | null {
  const iso = asString(value);
  if (iso === undefined) return null;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : ms;
}

/** A record's own property only: keys come from the export and may be `__proto__` or `constructor`. */
export function ownRecord(map: JsonRecord, key: string): JsonRecord | undefined {
  return Object.hasOwn(map, key) ? asRecord(map[key]) : undefined;
}

/** Drops keys whose value is undefined, so optional fields are absent rather than stored as undefined. */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}
