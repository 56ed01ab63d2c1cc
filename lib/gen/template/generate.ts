/**
 * The offline engine: every text of one Wrapped from the facts, a style and a seed. One grammar
 * session writes them all, so no alternative is used twice in a Wrapped; the tone rules follow
 * the dominant sentiment (neutral until the ML analysis is in). The evidence flags (lib/gen/
 * evidence.ts) go in with the values, so a guarded phrasing is only picked when its bar is met.
 */
import { flagValues, wrappedFlags } from '../evidence';
import type { WrappedFacts } from '../facts';
import { insightCandidates, MAX_INSIGHTS, type InsightCandidate } from '../insights/candidates';
import type { GeneratedTexts, TextStyle } from '../types';
import { STYLE_BANKS } from './banks';
import { GrammarSession, type Grammar } from './grammar';
import { achievementValues, wrappedValues } from './values';

export interface TemplateOptions {
  style: TextStyle;
  seed: number;
}

/** Capitalises the start of every sentence (a sentence may begin with a lower-case value). */
function sentenceCase(text: string): string {
  return text.replace(/(^|[.!?]\s+)([a-z])/g, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/**
 * A claim as it continues a lead ("Like rings in a tree: one conversation…"): its first letter
 * lower-cased unless it opens with a fact value (a date, a number, a quoted topic). sentenceCase
 * capitalises it again wherever it starts a sentence.
 */
function continuation(claim: string, { values }: InsightCandidate): string {
  if (Object.values(values).some((value) => value.length > 0 && claim.startsWith(value))) return claim;
  return claim.charAt(0).toLowerCase() + claim.slice(1);
}

export function generateTemplateTexts(facts: WrappedFacts, { style, seed }: TemplateOptions): GeneratedTexts {
  const bank = STYLE_BANKS[style];
  const candidates = insightCandidates(facts).slice(0, MAX_INSIGHTS);
  const grammar: Grammar = {
    tagline: bank.tagline,
    persona: bank.persona,
    achievement: bank.achievement,
    insight: bank.insight,
    mood: bank.mood[facts.ml?.dominantSentiment ?? 'neutral'],
    ...Object.fromEntries(candidates.map((candidate) => [`claim.${candidate.id}`, bank.claims[candidate.id]])),
  };
  const session = new GrammarSession(grammar, seed);
  const values = { ...wrappedValues(facts), ...flagValues(wrappedFlags(facts)) };
  const write = (rule: string, extra: Record<string, string> = {}) => sentenceCase(session.expand(rule, { ...values, ...extra }));

  return {
    style,
    seed,
    engine: 'template',
    tagline: write('tagline'),
    insights: candidates.map((candidate) => {
      const evidence = flagValues(candidate.flags);
      const claim = continuation(session.expand(`claim.${candidate.id}`, { ...candidate.values, ...evidence }), candidate);
      return { id: candidate.id, score: candidate.score, text: write('insight', { ...evidence, claim }) };
    }),
    persona: write('persona'),
    achievements: Object.fromEntries(facts.achievements.map((achievement) => [achievement.id, write('achievement', achievementValues(achievement))])),
  };
}
