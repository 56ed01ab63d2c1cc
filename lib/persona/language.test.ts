/**
 * Persona lines and achievement bars over small and awkward numbers: every count agrees with
 * its noun, "an" goes before an 8, 11 or 18, a fractional median is written rounded, and no
 * streak is mentioned under two days.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleFor } from '../view/language';
import { ACHIEVEMENT_RULES, evaluateAchievements } from './achievements';
import { personaFeatures } from './features';
import { derivePersona, FALLBACK_PERSONA, PERSONA_RULES } from './persona';
import { emptyStats, heatmapWith, ordinaryStats } from './test-stats';

const SMALL = [0, 1, 2, 8, 11, 18, 80, 811] as const;
const count = fc.constantFrom(...SMALL);

const smallStats = fc
  .record({
    conversations: count,
    userMessages: count,
    assistantMessages: count,
    activeDays: count,
    streak: count,
    longest: count,
    images: count,
    generatedImages: count,
    medianPromptWords: fc.constantFrom(0, 0.5, 1, 1.5, 8, 11, 18, 145.5),
    nightOwlShare: fc.constantFrom(0, 0.004, 0.3, 1),
    codeShare: fc.constantFrom(0, 0.004, 0.3, 1),
  })
  .map(({ streak, longest, images, generatedImages, ...rest }) => {
    const base = emptyStats();
    return {
      ...base,
      ...rest,
      firstAt: '2026-01-05T14:00:00.000Z',
      lastAt: '2026-03-29T14:00:00.000Z',
      heatmap: heatmapWith([[5, 23, rest.userMessages]]),
      longestStreak: { days: streak, start: null, end: null },
      longestConversation: longest === 0 ? null : { id: 'c', title: 'c', messages: longest },
      contentKinds: { ...base.contentKinds, images, generatedImages },
    };
  });

function problems(text: string): string[] {
  const found: string[] = [];
  if (/\b1 (conversations|days|prompts|messages|words|images|models|topics)\b/.test(text)) found.push('plural after 1');
  if (/\b\d+\.\d+ (words|messages)\b/.test(text)) found.push('fractional count');
  if (/\b[01]-day streak\b/.test(text)) found.push('streak under two days');
  if (/NaN|undefined|Infinity/.test(text)) found.push('not a number');
  for (const [span, article, number] of text.matchAll(/\b(a|an) (\d[\d,]*)/gi)) if (articleFor(number!) !== article!.toLowerCase()) found.push(`article: ${span}`);
  return found;
}

describe('persona and achievement wording over small numbers', () => {
  it('every persona line agrees in number and article, whatever the counts', () => {
    fc.assert(
      fc.property(smallStats, (stats) => {
        const features = personaFeatures(stats);
        for (const rule of [...PERSONA_RULES, FALLBACK_PERSONA]) {
          const reason = rule.reason(features);
          const found = problems(reason);
          if (found.length > 0) throw new Error(`${rule.id}: ${JSON.stringify(reason)} → ${found.join('; ')}`);
        }
        expect(problems(derivePersona(stats).reason)).toEqual([]);
      }),
      { numRuns: 500, seed: 3 },
    );
  });

  it('words the awkward cases: one conversation, an 18-day streak, a half median', () => {
    const explorer = PERSONA_RULES.find((rule) => rule.id === 'curious-explorer')!;
    const ritualist = PERSONA_RULES.find((rule) => rule.id === 'daily-ritualist')!;
    const one = personaFeatures({ ...ordinaryStats(), conversations: 1, userMessages: 1, assistantMessages: 0 });
    expect(explorer.reason(one)).toBe('you started 1 conversation, averaging 1 message each');
    expect(ritualist.reason(personaFeatures(ordinaryStats({ activeDays: 18, longestStreak: { days: 18, start: null, end: null } })))).toMatch(/, with an 18-day streak$/);
    expect(ritualist.reason(personaFeatures(ordinaryStats({ activeDays: 8, longestStreak: { days: 1, start: null, end: null } })))).toBe('you showed up on 8 days (2% of them)');
    expect(FALLBACK_PERSONA.reason(personaFeatures(ordinaryStats({ medianPromptWords: 145.5 })))).toBe('your prompts ran a median of 146 words across 40 conversations');
    expect(FALLBACK_PERSONA.reason(personaFeatures({ ...emptyStats(), userMessages: 1, conversations: 1 }))).toBe('you sent 1 prompt across 1 conversation');
  });

  it('achievement bars and titles never glue a plural or a wrong article to a number', () => {
    for (const achievement of evaluateAchievements(emptyStats())) {
      expect(problems(achievement.threshold), achievement.threshold).toEqual([]);
    }
    expect(ACHIEVEMENT_RULES.length).toBeGreaterThan(0);
  });
});
