/** The variety the issue asks for, counted honestly: distinct phrasings per slot per style. */
import { describe, expect, it } from 'vitest';
import { EVIDENCE_FLAGS } from '../../evidence';
import { TEXT_STYLES } from '../../types';
import { STYLE_BANKS } from './index';

const SLOTS = ['tagline', 'persona', 'achievement', 'insight'] as const;
const KNOWN_VALUES = new Set(['period', 'inPeriod', 'conversations', 'prompts', 'replies', 'words', 'activeDays', 'personaName', 'personaReason', 'streak', 'peakMonth', 'peakHour', 'peakWeekday', 'topModel', 'topTopic', 'streakWithArticle', 'achievementTitle', 'achievementDescription', 'claim']);

/** The fixed words of a phrasing, values and rule references removed. */
const skeleton = (text: string) => text.replace(/\{\?\w+\}/g, '').replace(/\{\w+\}|#[\w.]+#/g, '…').toLowerCase().replace(/[^a-z…]+/g, ' ').trim();

describe('style banks', () => {
  for (const style of TEXT_STYLES) {
    it(`${style}: at least 20 distinct alternatives per slot, 8 per tone`, () => {
      const bank = STYLE_BANKS[style];
      for (const slot of SLOTS) {
        expect(new Set(bank[slot].map(skeleton)).size, `${style}.${slot}`).toBeGreaterThanOrEqual(20);
      }
      for (const tone of ['positive', 'neutral', 'negative'] as const) expect(new Set(bank.mood[tone]).size).toBeGreaterThanOrEqual(8);
    });

    it(`${style}: uses only values the generator provides and only the #mood# rule`, () => {
      const bank = STYLE_BANKS[style];
      const all = [...SLOTS.flatMap((slot) => bank[slot]), ...Object.values(bank.mood).flat()];
      for (const text of all) {
        for (const [, name] of text.matchAll(/\{(\w+)\}/g)) expect(KNOWN_VALUES, text).toContain(name);
        for (const [, rule] of text.matchAll(/#([\w.]+)#/g)) expect(rule).toBe('mood');
        // Evidence guards name known flags and open the phrasing.
        for (const [, flag] of text.matchAll(/\{\?(\w+)\}/g)) expect(EVIDENCE_FLAGS, text).toContain(flag);
        expect(text.replace(/^(\{\?\w+\})+/, ''), text).not.toMatch(/\{\?/);
      }
      // Every slot can be written without any evidence flag (a one-prompt Wrapped).
      for (const slot of SLOTS) expect(bank[slot].filter((text) => !text.includes('{?')).length, `${style}.${slot}`).toBeGreaterThanOrEqual(8);
      expect(bank.achievement.every((text) => text.includes('{achievementTitle}') && text.includes('{achievementDescription}'))).toBe(true);
      expect(bank.insight.every((text) => text.includes('{claim}'))).toBe(true);
      expect(bank.persona.every((text) => text.includes('{personaName}'))).toBe(true);
    });
  }

  it('gives each style its own words', () => {
    const taglines = TEXT_STYLES.map((style) => new Set(STYLE_BANKS[style].tagline.map(skeleton)));
    for (let a = 0; a < taglines.length; a++) for (let b = a + 1; b < taglines.length; b++) expect([...taglines[a]!].filter((t) => taglines[b]!.has(t))).toEqual([]);
  });
});
