/**
 * Who the numbers say you are. A table of rules, each scoring how far past its bars the
 * features go (≥ 1 = qualifies); the best score wins, and its reason quotes the numbers.
 * Adding a persona, or a feature from a later model, is a new row, not new control flow.
 */
import type { Persona, Stats } from '../analysis/types';
import { MIN_EVIDENCE } from '../gen/evidence';
import { formatNumber, formatPercent } from '../view/format';
import { countAdjective, countOf, withArticle } from '../view/language';
import { personaFeatures, type PersonaFeatures } from './features';

export interface PersonaRule {
  id: string;
  name: string;
  emoji: string;
  /** ≥ 1 when the persona fits; larger the further past its bars the features are. */
  score(features: PersonaFeatures): number;
  /** One line quoting the numbers that earned it. */
  reason(features: PersonaFeatures): string;
}

/** Shares of a handful of prompts are noise; below this everyone gets the fallback. */
export const MIN_PROMPTS_FOR_PERSONA = 20;

/**
 * Every bar must be met; the score is then their mean, so a two-bar persona that clears
 * both beats a one-bar persona that clears only one of them by as much.
 */
function allOf(...ratios: number[]): number {
  const weakest = Math.min(...ratios);
  return weakest < 1 ? weakest : ratios.reduce((sum, r) => sum + r, 0) / ratios.length;
}

const percent = formatPercent;

export const PERSONA_RULES: readonly PersonaRule[] = [
  {
    id: 'night-owl-coder',
    name: 'The Night Owl Coder',
    emoji: '🦉',
    score: (f) => allOf(f.nightOwlShare / 0.25, f.codeShare / 0.2),
    reason: (f) =>
      `${percent(f.nightOwlShare)} of your prompts came after 10 pm and ${percent(f.codeShare)} of messages had code`,
  },
  {
    id: 'builder',
    name: 'The Builder',
    emoji: '🛠️',
    score: (f) => f.codeShare / 0.3,
    reason: (f) => `${percent(f.codeShare)} of your messages had code in them`,
  },
  {
    id: 'night-owl',
    name: 'The Night Owl',
    emoji: '🌙',
    score: (f) => f.nightOwlShare / 0.3,
    reason: (f) => `${percent(f.nightOwlShare)} of your prompts came between 10 pm and 5 am`,
  },
  {
    id: 'marathoner',
    name: 'The Marathoner',
    emoji: '🏃',
    score: (f) => Math.max(f.averageConversationLength / 20, f.longestConversation / 100),
    reason: (f) =>
      `your longest conversation ran ${countOf(f.longestConversation, 'message')}, and you averaged ${formatNumber(f.averageConversationLength)} per chat`,
  },
  {
    id: 'daily-ritualist',
    name: 'The Daily Ritualist',
    emoji: '📅',
    // A high share of active days only means something over at least a month.
    score: (f) => Math.max(f.longestStreak / 14, f.spanDays >= 30 ? f.activeDayShare / 0.6 : 0),
    reason: (f) =>
      `you showed up on ${countOf(f.activeDays, 'day')} (${percent(f.activeDayShare)} of them)` +
      (f.longestStreak >= MIN_EVIDENCE.streakDays ? `, with ${withArticle(`${countAdjective(f.longestStreak, 'day')} streak`)}` : ''),
  },
  {
    id: 'curious-explorer',
    name: 'The Curious Explorer',
    emoji: '🧭',
    // Many conversations, each short: lots of questions, quickly answered.
    score: (f) =>
      allOf(f.conversations / 100, f.averageConversationLength === 0 ? 0 : 8 / f.averageConversationLength),
    reason: (f) =>
      `you started ${countOf(f.conversations, 'conversation')}, averaging ${countOf(Math.round(f.averageConversationLength), 'message')} each`,
  },
  {
    id: 'weekend-tinkerer',
    name: 'The Weekend Tinkerer',
    emoji: '🔧',
    score: (f) => f.weekendShare / 0.4,
    reason: (f) => `${percent(f.weekendShare)} of your prompts came on Saturdays and Sundays`,
  },
  {
    id: 'early-riser',
    name: 'The Early Riser',
    emoji: '🌅',
    score: (f) => f.earlyBirdShare / 0.2,
    reason: (f) => `${percent(f.earlyBirdShare)} of your prompts came between 5 and 8 am`,
  },
  {
    id: 'visual-thinker',
    name: 'The Visual Thinker',
    emoji: '🎨',
    score: (f) => f.images / 25,
    reason: (f) => `you shared or generated ${countOf(f.images, 'image')}`,
  },
];

/** When nothing stands out (or there is too little to tell). */
export const FALLBACK_PERSONA: PersonaRule = {
  id: 'thoughtful-asker',
  name: 'The Thoughtful Asker',
  emoji: '💭',
  score: () => 1,
  reason: (f) =>
    f.prompts === 0
      ? 'no prompts in this period yet'
      : f.prompts < MIN_EVIDENCE.promptLengthPrompts
        ? // A median of a handful of prompts says nothing; say what there is.
          `you sent ${countOf(f.prompts, 'prompt')} across ${countOf(f.conversations, 'conversation')}`
        : // The median may be a half (145.5): written rounded, "146 words", as everywhere.
          `your prompts ran a median of ${countOf(f.medianPromptWords, 'word')} across ${countOf(f.conversations, 'conversation')}`,
};

export function derivePersona(stats: Stats, rules: readonly PersonaRule[] = PERSONA_RULES): Persona {
  const features = personaFeatures(stats);
  let best = FALLBACK_PERSONA;
  let bestScore = -Infinity;
  if (features.prompts >= MIN_PROMPTS_FOR_PERSONA) {
    // Strict > so the earlier row wins a tie; the table is in order of specificity.
    for (const rule of rules) {
      const score = rule.score(features);
      if (score >= 1 && score > bestScore) {
        best = rule;
        bestScore = score;
      }
    }
  }
  return { id: best.id, name: best.name, emoji: best.emoji, reason: best.reason(features) };
}
