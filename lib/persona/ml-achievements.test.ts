import { describe, expect, it } from 'vitest';
import type { MlAnalysis } from '../ml/types';
import { mlAchievements } from './ml-achievements';

const shares = <L extends string>(labels: L[], values: number[]) => Object.fromEntries(labels.map((l, i) => [l, values[i] ?? 0])) as Record<L, number>;

function ml(overrides: { polite: number; topics: number; entropy: number; question: number; positive: number; prompts?: number }): MlAnalysis {
  return {
    counts: { userMessages: overrides.prompts ?? 100, conversations: 10, textsEmbedded: 0, cacheHits: 0 },
    politeness: { politeShare: overrides.polite },
    topics: new Array(overrides.topics).fill({}),
    diversity: { entropy: overrides.entropy, meanDistance: 0.7 },
    intents: { overall: shares(['question', 'request', 'command', 'statement', 'complaint', 'praise'], [overrides.question]) },
    sentiment: { overall: shares(['negative', 'neutral', 'positive'], [0, 1 - overrides.positive, overrides.positive]) },
  } as unknown as MlAnalysis;
}

describe('mlAchievements', () => {
  it('unlocks at the stated bars and reports progress below them', () => {
    const byId = Object.fromEntries(mlAchievements(ml({ polite: 0.12, topics: 9, entropy: 0.85, question: 0.2, positive: 0.1 })).map((a) => [a.id, a]));
    expect(byId.polite!.unlocked).toBe(true);
    expect(byId.explorer!.unlocked).toBe(true);
    expect(byId.curious!.unlocked).toBe(false);
    expect(byId.curious!.progress).toBeCloseTo(0.5);
    expect(byId.sunny!.progress).toBeCloseTo(0.4);
  });

  it('unlocks nothing on a handful of prompts, and words its bars with the language layer', () => {
    const few = mlAchievements(ml({ polite: 1, topics: 9, entropy: 0.9, question: 1, positive: 1, prompts: 3 }));
    expect(few.filter((a) => a.unlocked)).toEqual([]);
    expect(few.every((a) => a.progress < 1)).toBe(true);
    expect(few.map((a) => a.threshold)).toEqual([
      'please or thanks in 10% of prompts',
      '8 topics, spread evenly (entropy ≥ 0.8)',
      '40% of prompts are questions',
      'positive tone in 25% of prompts',
    ]);
  });

  it('needs both many topics and an even spread to be an explorer', () => {
    const explorer = mlAchievements(ml({ polite: 0, topics: 12, entropy: 0.4, question: 0, positive: 0 })).find((a) => a.id === 'explorer')!;
    expect(explorer.unlocked).toBe(false);
    expect(explorer.progress).toBeCloseTo(0.5);
  });
});
