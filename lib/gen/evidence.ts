/**
 * The least evidence each generated claim needs, in one table: insight candidates
 * (insights/candidates.ts), template slots (the `{?flag}` guards of the style banks, see
 * template/grammar.ts), persona lines and achievement unlocks all read their bars from here.
 * Under a bar the claim is left out, or only a phrasing that doesn't make it is picked, so a
 * one-chat export never hears "AI became part of your routine" or "a lot on your mind".
 * The bars the story shares with the generated words come from lib/view/evidence.ts, so the
 * story and the words never disagree about what a Wrapped can claim.
 */
import { formatPercent } from '../view/format';
import { EVIDENCE } from '../view/evidence';
import type { WrappedFacts } from './facts';

export const MIN_EVIDENCE = {
  /** Shares of prompts (night owl, weekend, peak hour, emotions, intents…) of a handful of prompts are noise. */
  sharePrompts: EVIDENCE.sharePrompts,
  /** Calling someone a night owl ("you night owl", "late-night you was busy"): a fifth of prompts after 10 PM. */
  nightOwlShare: EVIDENCE.nightOwlShare,
  /** A routine or habit ("you said yes 40 days", "sustained engagement", "consistency pays off") is a week's worth of distinct days. */
  routineActiveDays: EVIDENCE.routineActiveDays,
  /** A streak is at least two days in a row. */
  streakDays: EVIDENCE.streakDays,
  /** "Busiest day" only means something against other days. */
  busiestDayActiveDays: EVIDENCE.busiestDayActiveDays,
  /** "Your usual prompt was about 12 words": a median of fewer prompts says nothing about a style. */
  promptLengthPrompts: EVIDENCE.promptStylePrompts,
  /** Volume boasts about prompts ("a lot on your mind", "look at you go", "prolific"): a few weeks of asking, not a handful. */
  volumePrompts: 20,
  /** Volume boasts about words ("a lot of typing", "novelists are nervous"): twenty prompts of fifty words. */
  volumeWords: 1_000,
  /** Volume boasts about conversations ("honestly iconic", "a garden of…"), and any line that needs them to be plural. */
  volumeConversations: 10,
  /** "The assistant needs a nap": as many replies as the prompts bar. */
  volumeReplies: 20,
  /** "Marathon", "kept going", "long one": a conversation of ten messages, and other conversations to be longer than. */
  marathonMessages: 10,
  marathonConversations: 2,
  /** A peak month, hour or weekday of a few prompts is an accident of timing, not a pattern. */
  patternPrompts: 10,
  /** A topic trend ("kept picking up steam") needs a few conversations to have a slope; a top topic at least two. */
  risingTopicConversations: 3,
  topTopicConversations: 2,
  /** "All over the place", "a buffet", "a diverse portfolio": five topics or more. */
  manyTopics: 5,
  /** "Mostly", "inseparable": more than half. */
  majorityShare: 0.5,
  /** Lines that call a fact unusual ("outlier status: confirmed", "statisticians gasped", hyperbole): a surprise score of at least this (about 1.7× a typical user, see insights/score.ts). */
  standoutSurprise: 0.5,
  /** A model-count claim counts recorded models only, and only more than a typical user's (insights/baselines.ts MODEL_COUNT). */
  modelCountAbove: 2,
} as const;

/** A share worth a sentence: one that doesn't print as "0%". */
export function visibleShare(share: number): boolean {
  return Number.isFinite(share) && share > 0 && formatPercent(share) !== '0%';
}

/** A share that isn't all of it as printed ("100%"), for phrasings that say "too" or "also". */
export function partialShare(share: number): boolean {
  return visibleShare(share) && formatPercent(share) !== '100%';
}

/**
 * Every flag a bank phrasing may guard on: Wrapped-wide (wrappedFlags, below) and per insight
 * ('standout' and the candidates' own, set in insights/candidates.ts).
 */
export const EVIDENCE_FLAGS = ['manyPrompts', 'manyWords', 'manyConversations', 'manyReplies', 'routine', 'standout', 'nightOwl', 'weekdaysToo', 'majority', 'otherModels', 'manyTopics'] as const;
export type EvidenceFlag = (typeof EVIDENCE_FLAGS)[number];

/**
 * The evidence flags of the Wrapped-wide slots (tagline, persona, frames): a phrasing guarded
 * with `{?manyPrompts}` is only picked when the facts clear that bar.
 */
export function wrappedFlags(facts: WrappedFacts): EvidenceFlag[] {
  const flags: EvidenceFlag[] = [];
  if (facts.userMessages >= MIN_EVIDENCE.volumePrompts) flags.push('manyPrompts');
  if (facts.userWords >= MIN_EVIDENCE.volumeWords) flags.push('manyWords');
  if (facts.conversations >= MIN_EVIDENCE.volumeConversations) flags.push('manyConversations');
  if (facts.assistantMessages >= MIN_EVIDENCE.volumeReplies) flags.push('manyReplies');
  if (facts.activeDays >= MIN_EVIDENCE.routineActiveDays) flags.push('routine');
  return flags;
}

/** Flags as grammar values: present (as an empty string) when set. */
export function flagValues(flags: readonly string[]): Record<string, string> {
  return Object.fromEntries(flags.map((flag) => [flag, '']));
}
