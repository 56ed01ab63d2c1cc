/** A short excerpt of a message around the words that matched, with highlight ranges for <mark>. */

export const SNIPPET_LENGTH = 160;
/** Where the first match sits in its window: a little context before it, most after. */
const LEAD_IN = 40;
/** How far a window edge may move to avoid cutting a word. */
const SNAP = 15;
const ELLIPSIS = '…';
/** Occurrences considered per message; enough to find the best window in any real message. */
const MAX_OCCURRENCES = 200;

export interface Snippet {
  text: string;
  /** [start, end) offsets into `text` of each highlighted word, ascending. */
  highlights: [number, number][];
}

interface Occurrence {
  start: number;
  end: number;
  term: number;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whole-word, case-insensitive occurrences of the terms in `text`, in order. */
function occurrences(text: string, terms: readonly string[]): Occurrence[] {
  const found: Occurrence[] = [];
  terms.forEach((term, index) => {
    if (!term) return;
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(term)}(?![\\p{L}\\p{N}])`, 'giu');
    for (let match = pattern.exec(text); match !== null && found.length < MAX_OCCURRENCES; match = pattern.exec(text)) {
      found.push({ start: match.index, end: match.index + match[0].length, term: index });
    }
  });
  return found.sort((a, b) => a.start - b.start || a.term - b.term);
}

/**
 * A ~160-character window of `text` (whitespace collapsed) holding the most distinct matched terms,
 * the earliest such window on ties, cut at word boundaries, with "…" where text was cut. With no
 * term found (a purely semantic hit) it is the start of the message, without highlights.
 */
export function makeSnippet(text: string, terms: readonly string[], length = SNIPPET_LENGTH): Snippet {
  const clean = text.replace(/\s+/g, ' ').trim();
  const found = occurrences(clean, terms);
  let start = 0;
  if (found.length > 0) {
    let bestCount = 0;
    for (const anchor of found) {
      const from = Math.max(0, anchor.start - LEAD_IN);
      const distinct = new Set(found.filter((o) => o.start >= from && o.end <= from + length).map((o) => o.term)).size;
      if (distinct > bestCount) {
        bestCount = distinct;
        start = from;
      }
    }
  }
  let end = Math.min(clean.length, start + length);
  if (end === clean.length) start = Math.max(0, Math.min(start, end - length));
  // Snap to word boundaries, never past a highlighted word.
  const firstHit = found.find((o) => o.start >= start)?.start ?? end;
  if (start > 0) {
    const space = clean.indexOf(' ', start - 1);
    if (space >= 0 && space < start + SNAP && space < firstHit) start = space + 1;
  }
  if (end < clean.length) {
    const space = clean.lastIndexOf(' ', end);
    const lastHitEnd = Math.max(start, ...found.filter((o) => o.end <= end).map((o) => o.end));
    if (space > end - SNAP && space >= lastHitEnd) end = space;
  }
  const prefix = start > 0 ? ELLIPSIS : '';
  const suffix = end < clean.length ? ELLIPSIS : '';
  const highlights = found
    .filter((o) => o.start >= start && o.end <= end)
    .map((o): [number, number] => [o.start - start + prefix.length, o.end - start + prefix.length]);
  return { text: `${prefix}${clean.slice(start, end)}${suffix}`, highlights: mergeRanges(highlights) };
}

function mergeRanges(ranges: [number, number][]): [number, number][] {
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}
