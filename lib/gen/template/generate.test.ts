import { beforeAll, describe, expect, it } from 'vitest';
import type { WrappedFacts } from '../facts';
import { demoFactSets } from '../demo-facts';
import { insightCandidates } from '../insights/candidates';
import { SINGULAR_FACTS, TEST_FACTS } from '../test-facts';
import { TEXT_STYLES, type GeneratedTexts } from '../types';
import { STYLE_BANKS } from './banks';
import { generateTemplateTexts } from './generate';
import { achievementValues, wrappedValues } from './values';

let sets: WrappedFacts[];
beforeAll(async () => {
  sets = await demoFactSets();
}, 120_000);

const allTexts = (texts: GeneratedTexts) => [texts.tagline, texts.persona, ...texts.insights.map((insight) => insight.text), ...Object.values(texts.achievements)];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Word 5-grams of the texts, with every fact value cut out (a value may recur; phrasing may not). */
function phrasings(texts: string[], facts: WrappedFacts): string[] {
  const values = [
    ...Object.values(wrappedValues(facts)),
    ...insightCandidates(facts).flatMap((candidate) => Object.values(candidate.values)),
    ...facts.achievements.flatMap((a) => Object.values(achievementValues(a))),
    ...(facts.ml?.topics.map((t) => t.label) ?? []),
  ]
    .filter((value) => value.length > 0)
    .sort((a, b) => b.length - a.length);
  return texts.flatMap((text) => {
    let rest = text.toLowerCase();
    for (const value of values) rest = rest.split(value.toLowerCase()).join(' | ');
    return rest.split('|').flatMap((segment) => {
      const words = segment.replace(/[^a-z0-9' ]+/g, ' ').split(/\s+/).filter(Boolean);
      return words.slice(0, Math.max(0, words.length - 4)).map((_, i) => words.slice(i, i + 5).join(' '));
    });
  });
}

describe('generateTemplateTexts', () => {
  it('is deterministic for facts, style and seed; another seed writes other words', () => {
    for (const facts of sets) {
      for (const style of TEXT_STYLES) {
        expect(generateTemplateTexts(facts, { style, seed: 42 })).toEqual(generateTemplateTexts(facts, { style, seed: 42 }));
        expect(allTexts(generateTemplateTexts(facts, { style, seed: 43 }))).not.toEqual(allTexts(generateTemplateTexts(facts, { style, seed: 42 })));
      }
    }
  });

  it('writes every slot: tagline, persona, 3–6 ranked insights, one blurb per achievement', () => {
    for (const facts of sets) {
      const texts = generateTemplateTexts(facts, { style: 'casual', seed: 1 });
      expect(texts).toMatchObject({ style: 'casual', seed: 1, engine: 'template' });
      expect(texts.tagline.split(/\s+/).length).toBeLessThanOrEqual(14);
      expect(texts.persona.match(/[.!?](\s|$)/g)!.length).toBeGreaterThanOrEqual(2);
      expect(texts.insights.length).toBeGreaterThanOrEqual(3);
      expect(texts.insights.length).toBeLessThanOrEqual(6);
      const scores = texts.insights.map((insight) => insight.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      expect(Object.keys(texts.achievements)).toEqual(facts.achievements.map((a) => a.id));
    }
  });

  it('never repeats a phrasing within one Wrapped', () => {
    for (const facts of sets) {
      for (const style of TEXT_STYLES) {
        for (let seed = 1; seed <= 30; seed++) {
          const grams = phrasings(allTexts(generateTemplateTexts(facts, { style, seed })), facts);
          const repeated = grams.filter((gram, i) => grams.indexOf(gram) !== i);
          expect(repeated, `${style} seed ${seed}`).toEqual([]);
        }
      }
    }
  });

  it('writes the five styles in five different voices', () => {
    const [facts] = sets;
    const taglines = TEXT_STYLES.map((style) => generateTemplateTexts(facts!, { style, seed: 7 }).tagline);
    expect(new Set(taglines).size).toBe(5);
    const personas = TEXT_STYLES.map((style) => generateTemplateTexts(facts!, { style, seed: 7 }).persona);
    expect(new Set(personas).size).toBe(5);
  });

  it('states each insight in each style\'s own words, not just a new lead and closer around one sentence', () => {
    const claimOf = (style: (typeof TEXT_STYLES)[number], text: string) => {
      const { insight, mood } = STYLE_BANKS[style];
      const moods = Object.values(mood).flat().map(escape).join('|');
      for (const guarded of insight) {
        const frame = guarded.replace(/\{\?\w+\}/g, '');
        const pattern = new RegExp(`^${escape(frame).replace('\\{claim\\}', '(.+?)').replace('#mood#', `(?:${moods})`)}$`, 'i');
        const claim = text.match(pattern)?.[1];
        if (claim !== undefined && frame !== '{claim}') return claim.toLowerCase();
      }
      return text.toLowerCase();
    };
    for (let seed = 1; seed <= 5; seed++) {
      const byStyle = TEXT_STYLES.map((style) => generateTemplateTexts(TEST_FACTS, { style, seed }).insights);
      for (const { id } of byStyle[0]!) {
        const claims = TEXT_STYLES.map((style, i) => claimOf(style, byStyle[i]!.find((insight) => insight.id === id)!.text));
        expect(new Set(claims).size, `${id}, seed ${seed}: ${claims.join(' / ')}`).toBe(TEXT_STYLES.length);
      }
    }
  });

  it('continues a lead that ends in a colon in lower case, unless a value starts the claim', () => {
    for (const facts of [...sets, TEST_FACTS, SINGULAR_FACTS]) {
      const values = insightCandidates(facts).flatMap((candidate) => Object.values(candidate.values));
      for (const style of TEXT_STYLES) {
        for (let seed = 1; seed <= 10; seed++) {
          for (const { text } of generateTemplateTexts(facts, { style, seed }).insights) {
            for (const match of text.matchAll(/: (?=[A-Z])/g)) {
              const rest = text.slice(match.index + 2);
              expect(values.some((value) => rest.startsWith(value)), `${style} seed ${seed}: ${text}`).toBe(true);
            }
          }
        }
      }
    }
  });

  it('colours the words with the dominant sentiment (neutral without ML)', () => {
    const [facts] = sets;
    const withTone = (tone: 'positive' | 'negative') => ({ ...facts!, ml: { ...facts!.ml!, dominantSentiment: tone } });
    for (const style of TEXT_STYLES) {
      const { mood } = STYLE_BANKS[style];
      const moodsUsed = (f: WrappedFacts) => {
        const lines = new Set<string>();
        for (let seed = 0; seed < 40; seed++) for (const text of allTexts(generateTemplateTexts(f, { style, seed }))) for (const tone of Object.values(mood).flat()) if (text.includes(tone)) lines.add(tone);
        return lines;
      };
      const positive = moodsUsed(withTone('positive'));
      expect(positive.size).toBeGreaterThan(0);
      expect([...positive].every((line) => mood.positive.includes(line))).toBe(true);
      expect([...moodsUsed(withTone('negative'))].every((line) => mood.negative.includes(line))).toBe(true);
      expect([...moodsUsed(SINGULAR_FACTS)].every((line) => mood.neutral.includes(line))).toBe(true);
    }
  });

  it('writes singular forms for one of everything, and no ML insights without ML', () => {
    for (const style of TEXT_STYLES) {
      for (let seed = 0; seed < 10; seed++) {
        const texts = allTexts(generateTemplateTexts(SINGULAR_FACTS, { style, seed })).join(' ');
        expect(texts).not.toMatch(/\b1 (conversations|prompts|words|days|replies|messages)\b/);
        expect(texts).not.toMatch(/"/);
      }
    }
    const ids = generateTemplateTexts(SINGULAR_FACTS, { style: 'poetic', seed: 1 }).insights.map((insight) => insight.id);
    expect(ids).not.toContain('top-topic');
    expect(ids).not.toContain('images');
  });
});
