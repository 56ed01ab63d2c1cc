/** Which models the persona used when: the line-up changes through 2026, as it does for real users. */
import type { Rng } from './prng';

type Lineup = readonly (readonly [string, number])[];

const WINTER: Lineup = [['gpt-4o', 55], ['o3', 15], ['o4-mini', 10], ['gpt-4o-mini', 10], ['gpt-4-5', 10]];
const SPRING_SUMMER: Lineup = [['gpt-4.1', 30], ['gpt-4o', 30], ['o3', 25], ['o4-mini', 10], ['gpt-4.1-mini', 5]];
const AUTUMN: Lineup = [['gpt-5', 55], ['gpt-5-thinking', 25], ['gpt-5-mini', 8], ['gpt-4o', 7], ['o3', 5]];

function lineupAt(timeMs: number): Lineup {
  const month = new Date(timeMs).getUTCMonth();
  if (month < 3) return WINTER;
  if (month < 7) return SPRING_SUMMER;
  return AUTUMN;
}

export function pickModel(rng: Rng, timeMs: number): string {
  return rng.weighted(lineupAt(timeMs));
}

/** Reasoning models take longer to answer; the timeline reflects it. */
export function isReasoningModel(slug: string): boolean {
  return slug === 'o3' || slug === 'o4-mini' || slug === 'gpt-5-thinking';
}
