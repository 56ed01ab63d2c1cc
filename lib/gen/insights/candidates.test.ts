import { beforeAll, describe, expect, it } from 'vitest';
import type { WrappedFacts } from '../facts';
import { demoFacts } from '../demo-facts';
import { SINGULAR_FACTS, TEST_FACTS } from '../test-facts';
import { insightCandidates } from './candidates';

let facts: WrappedFacts;
beforeAll(async () => {
  facts = await demoFacts({ conversations: 150, seed: 2026 });
}, 120_000);

describe('insightCandidates', () => {
  it('ranks by surprise × specificity, every score in 0–1, each with its facts worded as values', () => {
    const candidates = insightCandidates(facts);
    expect(candidates.length).toBeGreaterThanOrEqual(10);
    for (const candidate of candidates) {
      expect(candidate.score).toBeCloseTo(candidate.surprise * candidate.specificity, 2);
      expect(candidate.score).toBeGreaterThanOrEqual(0);
      expect(candidate.score).toBeLessThanOrEqual(1);
      expect(Object.keys(candidate.values).length).toBeGreaterThan(0);
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
    expect(insightCandidates(owl).find((c) => c.id === 'night-owl')!.values).toEqual({ share: '60%' });
  });

  it('words its values with the shared helpers, images in the shape the facts have', () => {
    const values = (f: WrappedFacts, id: string) => insightCandidates(f).find((c) => c.id === id)?.values;
    expect(values(TEST_FACTS, 'streak')).toEqual({ days: '19 days', streakWithArticle: 'a 19-day streak', from: 'March 2nd', to: 'March 20th' });
    expect(values({ ...TEST_FACTS, longestStreak: { days: 18, start: '2026-03-03', end: '2026-03-20' } }, 'streak')).toMatchObject({ streakWithArticle: 'an 18-day streak' });
    expect(values(TEST_FACTS, 'top-topic')).toEqual({ topic: '"typescript · react"', conversations: '370 conversations', share: '31%' });
    expect(values(TEST_FACTS, 'peak-hour')).toEqual({ hour: '10 PM', nextHour: '11 PM' });
    expect(values(TEST_FACTS, 'images')).toEqual({ shared: '12 images', generated: '3 images' });
    expect(values({ ...TEST_FACTS, imagesGenerated: 0, imagesShared: 1 }, 'images')).toEqual({ sharedOnly: '1 image' });
    expect(values({ ...TEST_FACTS, imagesShared: 0 }, 'images')).toEqual({ generatedOnly: '3 images' });
  });
});
