/** The words someone used far more than everyday English would predict. */
import type { Stats } from '../analysis/types';
import { backgroundFrequencies } from './background-frequencies';

const TOP_WORDS = 15;
/** With lots of prompts, twice is chance; demand a third use before calling a word theirs. */
const LARGE_PERIOD_PROMPTS = 1000;

/**
 * score = count × ln((N_bg + 1) / (bg_count + 1)): frequent in the prompts, rare in speech.
 * A word missing from the background counts as bg_count 0, the most distinctive.
 */
export function distinctiveWords(
  termCounts: ReadonlyMap<string, number>,
  userMessages: number,
): Stats['distinctiveWords'] {
  const minCount = userMessages >= LARGE_PERIOD_PROMPTS ? 3 : 2;
  const { counts: background, total } = backgroundFrequencies();
  const scored: Stats['distinctiveWords'] = [];
  for (const [word, count] of termCounts) {
    if (count < minCount) continue;
    const score = count * Math.log((total + 1) / ((background.get(word) ?? 0) + 1));
    scored.push({ word, count, score });
  }
  scored.sort((a, b) => b.score - a.score || b.count - a.count || (a.word < b.word ? -1 : 1));
  return scored.slice(0, TOP_WORDS);
}
