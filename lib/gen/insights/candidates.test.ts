import { beforeAll, describe, expect, it } from 'vitest';
import type { WrappedFacts } from '../facts';
import { demoFacts, SINGULAR_FACTS } from '../demo-facts';
import { insightCandidates } from './candidates';

let facts: WrappedFacts;
beforeAll(async () => {
  facts = await demoFacts({ conversations: 150, seed: 2026 });
}, 120_000);

describe('insightCandidates', () => {
  it('ranks by surprise × specificity, every score in 0–1, every claim written twice', () => {
    const candidates = insightCandidates(facts);
    expect(candidates.length).toBeGreaterThanOrEqual(10);
    for (const candidate of candidates) {
      expect(candidate.score).toBeCloseTo(candidate.surprise * candidate.specificity, 2);
      expect(candidate.score).toBeGreaterThanOrEqual(0);
      expect(candidate.score).toBeLessThanOrEqual(1);
      expect(candidate.claims).toHaveLength(2);
    }
    expect(candidates.map((c) => c.score)).toEqual(candidates.map((c) => c.score).sort((a, b) => b - a));
  });

  it('only offers what the facts hold', () => {
    const ids = (f: WrappedFacts) => insightCandidates(f).map((c) => c.id);
    expect(ids(facts)).toEqual(expect.arrayContaining(['top-topic', 'top-emotion', 'politeness', 'images', 'voice']));
    const bare = ids(SINGULAR_FACTS);
    for (const id of ['top-topic', 'rising-topic', 'topic-spread', 'top-emotion', 'sunniest-month', 'politeness', 'intent-mix', 'images', 'voice', 'code', 'streak', 'busiest-day']) expect(bare).not.toContain(id);
  });

  it('lets an unusual fact outrank an ordinary one', () => {
    const ordinary = { ...facts, nightOwlShare: 0.1 };
    const owl = { ...facts, nightOwlShare: 0.6 };
    const rank = (f: WrappedFacts) => insightCandidates(f).findIndex((c) => c.id === 'night-owl');
    expect(rank(owl)).toBeLessThan(rank(ordinary) === -1 ? Infinity : rank(ordinary));
    expect(insightCandidates(owl).find((c) => c.id === 'night-owl')!.claims[0]).toBe('60% of your prompts were sent late at night.');
  });
});
