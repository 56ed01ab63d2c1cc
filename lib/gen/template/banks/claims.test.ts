/** Every insight phrased in every style: enough phrasings, only the values its candidate has. */
import { describe, expect, it } from 'vitest';
import { EVIDENCE_FLAGS } from '../../evidence';
import { INSIGHT_IDS, insightCandidates, type InsightCandidate } from '../../insights/candidates';
import { SINGULAR_FACTS, TEST_FACTS } from '../../test-facts';
import { TEXT_STYLES } from '../../types';
import { STYLE_BANKS } from './index';

/** Between them these facts produce every insight, images in all three shapes. */
const MAJORITY_INTENT = { ...TEST_FACTS.ml!, intents: { ...TEST_FACTS.ml!.intents, question: 0.6, request: 0.1 } };
/** …and every evidence flag: a majority intent here, the rest in TEST_FACTS. */
const FIXTURES = [TEST_FACTS, { ...TEST_FACTS, voiceMessages: 3, imagesGenerated: 0 }, { ...TEST_FACTS, imagesShared: 0, ml: MAJORITY_INTENT }, SINGULAR_FACTS];
const candidates: InsightCandidate[] = FIXTURES.flatMap((facts) => insightCandidates(facts));

/** Writable from the candidate's values, its evidence guards met by its flags (or by none, `bare`). */
const writable = (text: string, candidate: InsightCandidate, bare = false) =>
  [...text.matchAll(/\{(\w+)\}/g)].every(([, name]) => candidate.values[name!] !== undefined) &&
  [...text.matchAll(/\{\?(\w+)\}/g)].every(([, flag]) => !bare && candidate.flags.includes(flag as never));

/** Word 5-grams of the fixed words, never across a value. */
const grams = (text: string) =>
  text
    .toLowerCase()
    .split(/\{\??\w+\}|#\w+#/)
    .flatMap((segment) => {
      const words = segment.replace(/[^a-z0-9' ]+/g, ' ').split(/\s+/).filter(Boolean);
      return words.slice(0, Math.max(0, words.length - 4)).map((_, i) => words.slice(i, i + 5).join(' '));
    });

describe('claim banks', () => {
  it('the fixtures cover every insight kind and every image shape', () => {
    expect(new Set(candidates.map((candidate) => candidate.id))).toEqual(new Set(INSIGHT_IDS));
    const imageShapes = new Set(candidates.filter((c) => c.id === 'images').map((c) => Object.keys(c.values).sort().join()));
    expect(imageShapes).toEqual(new Set(['generated,shared', 'sharedOnly', 'generatedOnly']));
  });

  for (const style of TEXT_STYLES) {
    const { claims } = STYLE_BANKS[style];

    it(`${style}: at least 3 distinct phrasings for every candidate, each writable from some candidate`, () => {
      for (const candidate of candidates) {
        const usable = claims[candidate.id].filter((text) => writable(text, candidate));
        expect(new Set(usable).size, `${style} ${candidate.id} ${JSON.stringify(candidate.values)}`).toBeGreaterThanOrEqual(3);
      }
      for (const id of INSIGHT_IDS) {
        for (const text of claims[id]) expect(candidates.some((candidate) => candidate.id === id && writable(text, candidate)), `${style} ${id}: ${text}`).toBe(true);
      }
    });

    it(`${style}: every candidate can be phrased without any evidence flag, in two ways or more`, () => {
      // A guarded phrasing ("{?standout}…") is extra; the plain claim must always be writable.
      for (const candidate of candidates) {
        const plain = claims[candidate.id].filter((text) => writable(text, candidate, true));
        expect(new Set(plain).size, `${style} ${candidate.id} ${JSON.stringify(candidate.values)}`).toBeGreaterThanOrEqual(2);
      }
    });

    it(`${style}: guards only name known evidence flags, at the start of a phrasing`, () => {
      for (const text of Object.values(claims).flat()) {
        for (const [, flag] of text.matchAll(/\{\?(\w+)\}/g)) expect(EVIDENCE_FLAGS, text).toContain(flag);
        expect(text.replace(/^(\{\?\w+\})+/, ''), text).not.toMatch(/\{\?/);
      }
    });

    it(`${style}: claims are whole sentences with no colon and no quote of their own`, () => {
      for (const text of Object.values(claims).flat()) {
        expect(text, text).toMatch(/[.!?]$/);
        expect(text, text).not.toMatch(/[:"“”]/);
        // A claim may open with a value, but not the model name: sentence case would capitalise it.
        expect(text, text).not.toMatch(/^\{model\}/);
      }
    });

    it(`${style}: no claim shares a five-word phrasing with another insight or another slot`, () => {
      const bank = STYLE_BANKS[style];
      const sources: [string, readonly string[]][] = [
        ...INSIGHT_IDS.map((id): [string, readonly string[]] => [`claims.${id}`, claims[id]]),
        ['insight', bank.insight],
        ['tagline', bank.tagline],
        ['persona', bank.persona],
        ['achievement', bank.achievement],
        ['mood', Object.values(bank.mood).flat()],
      ];
      const owner = new Map<string, string>();
      const shared: string[] = [];
      for (const [source, texts] of sources) {
        for (const gram of new Set(texts.flatMap(grams))) {
          const first = owner.get(gram);
          if (first === undefined) owner.set(gram, source);
          else if (first !== source && (first.startsWith('claims.') || source.startsWith('claims.'))) shared.push(`${gram} (${first}, ${source})`);
        }
      }
      expect(shared).toEqual([]);
    });
  }
});
