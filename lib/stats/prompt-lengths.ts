/** How long prompts are: the median and a histogram, in words. */
import type { Stats } from '../analysis/types';

const BUCKETS: { label: string; max: number }[] = [
  { label: '1–5', max: 5 },
  { label: '6–20', max: 20 },
  { label: '21–50', max: 50 },
  { label: '51–150', max: 150 },
  { label: '151–500', max: 500 },
  { label: '500+', max: Infinity },
];

/**
 * promptWords: word counts of the period's user messages that have words. Attachment-only
 * prompts (an image, a voice note without transcript) have no length, so they are left out
 * of both figures rather than dragging the median to zero.
 */
export function promptLengths(
  promptWords: Uint32Array,
): Pick<Stats, 'medianPromptWords' | 'promptLengths'> {
  const sorted = promptWords.slice().sort();
  const histogram = BUCKETS.map(({ label }) => ({ label, count: 0 }));
  let bucket = 0;
  for (const words of sorted) {
    while (words > (BUCKETS[bucket]?.max ?? Infinity)) bucket++;
    const entry = histogram[bucket];
    if (entry) entry.count++;
  }
  return { medianPromptWords: median(sorted), promptLengths: histogram };
}

/** Median of ascending values; the mean of the middle two for an even count. */
function median(sorted: Uint32Array): number {
  if (sorted.length === 0) return 0;
  const middle = sorted.length >> 1;
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? 0) + upper) / 2;
}
