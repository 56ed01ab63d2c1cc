/** fast-check facts with small and awkward numbers (0, 1, 2, 8, 11, 18, half medians) for the language property tests. */
import fc from 'fast-check';
import { ACHIEVEMENT_RULES } from '../persona/achievements';
import { HEAD_LABELS } from '../ml/heads/labels';
import type { WrappedFacts } from './facts';

export const SMALL = [0, 1, 2, 3, 8, 11, 18, 80, 88, 811, 1800] as const;
const count = fc.constantFrom(...SMALL);
const share = fc.constantFrom(0, 0.001, 0.004, 0.005, 0.01, 0.08, 0.11, 0.18, 0.3, 0.5, 0.51, 0.8, 0.996, 1);
const median = fc.constantFrom(0, 0.4, 0.5, 1, 1.5, 2, 8, 11, 18, 145.5);
const MODELS = ['GPT-4o', 'text-davinci-002-render-sha', 'gpt-4-5', 'unknown', 'o3-mini', 'Claude 3.5 Sonnet', 'gpt-4o-mini'];

/** "2026-03-01" plus `days` − 1. */
const dayAfter = (start: string, days: number) => new Date(Date.parse(`${start}T00:00:00Z`) + Math.max(0, days - 1) * 86_400_000).toISOString().slice(0, 10);

const emotionShares = fc.record(Object.fromEntries(HEAD_LABELS.emotion.map((label) => [label, share])) as Record<(typeof HEAD_LABELS.emotion)[number], typeof share>);

export const mlArb = fc.record({
  dominantSentiment: fc.constantFrom(...HEAD_LABELS.sentiment),
  sentiment: fc.record({ negative: share, neutral: share, positive: share }),
  topEmotion: fc.option(fc.constantFrom(...HEAD_LABELS.emotion.filter((label) => label !== 'neutral')), { nil: null }),
  emotions: emotionShares,
  topIntent: fc.constantFrom(...HEAD_LABELS.intent),
  intents: fc.record(Object.fromEntries(HEAD_LABELS.intent.map((label) => [label, share])) as Record<(typeof HEAD_LABELS.intent)[number], typeof share>),
  topics: fc.array(
    fc.record({ label: fc.constantFrom('typescript · react', 'travel · japan', 'bread'), share, conversations: count, trend: fc.constantFrom('rising' as const, 'declining' as const, 'steady' as const) }),
    { maxLength: 5 },
  ),
  topicCount: count,
  mostPositiveMonth: fc.option(fc.record({ month: fc.constantFrom('2026-02', '2026-08', '2026-11'), share }), { nil: null }),
  politeShare: share,
  politenessScore: fc.constantFrom(0, 1, 8, 18, 80),
  topicEntropy: share,
  complexity: fc.constantFrom(0, 11, 18, 80),
});

const achievements = ACHIEVEMENT_RULES.map(({ id, title, description }) => ({ id, title, description }));

/** Facts with small numbers everywhere; consistent where the generator relies on it (dates). */
export const smallFacts: fc.Arbitrary<WrappedFacts> = fc
  .record({
    year: fc.option(fc.constant(2026), { nil: null }),
    conversations: count,
    userMessages: count,
    assistantMessages: count,
    userWords: count,
    activeDays: count,
    streakDays: count,
    busiest: fc.option(count, { nil: null }),
    peakMonth: fc.option(fc.record({ month: fc.constantFrom('2026-01', '2026-08'), messages: count }), { nil: null }),
    peakHour: fc.option(fc.integer({ min: 0, max: 23 }), { nil: null }),
    peakWeekday: fc.option(fc.constantFrom('Monday' as const, 'Saturday' as const), { nil: null }),
    nightOwlShare: share,
    weekendShare: share,
    codeShare: share,
    medianPromptWords: median,
    longestConversationMessages: count,
    topModel: fc.option(fc.record({ name: fc.constantFrom(...MODELS), share }), { nil: null }),
    modelCount: count,
    imagesShared: count,
    imagesGenerated: count,
    voiceMessages: count,
    achievements: fc.subarray(achievements, { maxLength: 4 }),
    ml: fc.option(mlArb, { nil: null }),
  })
  .map(({ streakDays, busiest, ...rest }) => ({
    ...rest,
    periodLabel: rest.year === null ? 'All time' : '2026',
    longestStreak: streakDays === 0 ? { days: 0, start: null, end: null } : { days: streakDays, start: '2026-03-01', end: dayAfter('2026-03-01', streakDays) },
    busiestDay: busiest === null ? null : { date: '2026-05-14', userMessages: busiest },
    persona: { id: 'thoughtful-asker', name: 'The Thoughtful Asker', emoji: '💭', reason: 'you sent 1 prompt across 1 conversation' },
  }));

