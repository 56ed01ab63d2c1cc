/**
 * Safety limits of an import. Memory use is bounded by the largest single conversation,
 * not the file, so the file-size cap exists for storage and sanity, not for RAM.
 */
export interface ImportLimits {
  /** Largest input file accepted. */
  maxFileBytes: number;
  /** Largest single array element (one conversation / activity record). */
  maxElementBytes: number;
  /** Cap on the total bytes a zip may expand to. */
  maxExpandedBytes: number;
  /** Expanded ÷ compressed above this, for a big entry or the whole zip, is a zip bomb, not an export. */
  maxCompressionRatio: number;
  /** Most files a zip may list: each costs zip.js ~6 KB of memory before anything is read. */
  maxZipEntries: number;
}

export const DEFAULT_LIMITS: ImportLimits = {
  maxFileBytes: 4 * 1024 ** 3,
  maxElementBytes: 256 * 1024 ** 2,
  maxExpandedBytes: 8 * 1024 ** 3,
  // Chat JSON deflates about 5–15×; 200× only happens with padding built to explode.
  maxCompressionRatio: 200,
  // The largest ChatGPT exports with every upload hold tens of thousands of files.
  maxZipEntries: 100_000,
};

/** Entries (and zips) expanding to less than this are never judged by ratio (tiny files compress absurdly well). */
export const RATIO_CHECK_MIN_BYTES = 8 * 1024 ** 2;

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value >= 10 ? Math.round(value) : value.toFixed(1)} ${units[unit]}`;
}
