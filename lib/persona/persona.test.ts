import { describe, expect, it } from 'vitest';
import { derivePersona, MIN_PROMPTS_FOR_PERSONA, PERSONA_RULES, type PersonaRule } from './persona';
import { emptyStats, heatmapWith, ordinaryStats } from './test-stats';

describe('derivePersona', () => {
  it('falls back to the Thoughtful Asker when nothing stands out', () => {
    expect(derivePersona(ordinaryStats())).toEqual({
      id: 'thoughtful-asker',
      name: 'The Thoughtful Asker',
      emoji: '💭',
      reason: 'your prompts ran a median of 14 words across 40 conversations',
    });
  });

  it('says so when a period has no prompts', () => {
    expect(derivePersona(emptyStats()).reason).toBe('no prompts in this period yet');
  });

  it('needs enough prompts before reading shares', () => {
    const few = ordinaryStats({ userMessages: MIN_PROMPTS_FOR_PERSONA - 1, nightOwlShare: 0.9 });
    expect(derivePersona(few).id).toBe('thoughtful-asker');
  });

  it('crowns the Night Owl Coder when both bars are cleared, quoting both numbers', () => {
    const persona = derivePersona(ordinaryStats({ nightOwlShare: 0.38, codeShare: 0.41 }));
    expect(persona).toMatchObject({ id: 'night-owl-coder', name: 'The Night Owl Coder' });
    expect(persona.reason).toBe('38% of your prompts came after 10 pm and 41% of messages had code');
  });

  it('is just a Night Owl without the code', () => {
    const persona = derivePersona(ordinaryStats({ nightOwlShare: 0.45 }));
    expect(persona.id).toBe('night-owl');
    expect(persona.reason).toBe('45% of your prompts came between 10 pm and 5 am');
  });

  it('is the Builder with lots of code in daylight', () => {
    expect(derivePersona(ordinaryStats({ codeShare: 0.6 })).reason).toBe(
      '60% of your messages had code in them',
    );
  });

  it('is the Marathoner with long conversations', () => {
    const persona = derivePersona(
      ordinaryStats({ conversations: 5, longestConversation: { id: 'x', title: 'x', messages: 140 } }),
    );
    expect(persona.id).toBe('marathoner');
    expect(persona.reason).toBe('your longest conversation ran 140 messages, and you averaged 40 per chat');
  });

  it('is the Daily Ritualist on a long streak', () => {
    const persona = derivePersona(
      ordinaryStats({ activeDays: 200, longestStreak: { days: 31, start: '2026-03-01', end: '2026-03-31' } }),
    );
    expect(persona.id).toBe('daily-ritualist');
    expect(persona.reason).toBe('you showed up on 200 days (56% of them), with a 31-day streak');
  });

  it('is the Curious Explorer with many short conversations', () => {
    const persona = derivePersona(
      ordinaryStats({ conversations: 250, userMessages: 500, assistantMessages: 500 }),
    );
    expect(persona.id).toBe('curious-explorer');
    expect(persona.reason).toBe('you started 250 conversations, averaging 4 messages each');
  });

  it('is the Weekend Tinkerer when Saturdays and Sundays dominate', () => {
    const heatmap = heatmapWith([[1, 14, 50], [5, 11, 30], [6, 16, 20]]);
    const persona = derivePersona(ordinaryStats({ heatmap }));
    expect(persona.id).toBe('weekend-tinkerer');
    expect(persona.reason).toBe('50% of your prompts came on Saturdays and Sundays');
  });

  it('is the Early Riser before 8 am', () => {
    const heatmap = heatmapWith([[1, 14, 60], [2, 6, 40]]);
    expect(derivePersona(ordinaryStats({ heatmap })).reason).toBe(
      '40% of your prompts came between 5 and 8 am',
    );
  });

  it('is the Visual Thinker with many images', () => {
    const stats = ordinaryStats();
    stats.contentKinds = { ...stats.contentKinds, images: 20, generatedImages: 20 };
    expect(derivePersona(stats)).toMatchObject({
      id: 'visual-thinker',
      reason: 'you shared or generated 40 images',
    });
  });

  it('picks the best score, and accepts a custom table', () => {
    // Night Owl Coder: mean(0.36 / 0.25, 0.45 / 0.2) = 1.85 beats Builder 0.45 / 0.3 = 1.5,
    // which beats Night Owl 0.36 / 0.3 = 1.2.
    expect(derivePersona(ordinaryStats({ nightOwlShare: 0.36, codeShare: 0.45 })).id).toBe(
      'night-owl-coder',
    );
    expect(
      derivePersona(
        ordinaryStats({ nightOwlShare: 0.36, codeShare: 0.45 }),
        PERSONA_RULES.filter((r) => r.id !== 'night-owl-coder'),
      ).id,
    ).toBe('builder');
    const always: PersonaRule = { id: 'x', name: 'X', emoji: 'x', score: () => 1, reason: () => 'x' };
    expect(derivePersona(ordinaryStats(), [always]).id).toBe('x');
  });

  it('has at least six personas with distinct ids', () => {
    expect(PERSONA_RULES.length).toBeGreaterThanOrEqual(6);
    expect(new Set(PERSONA_RULES.map((r) => r.id)).size).toBe(PERSONA_RULES.length);
  });
});
