/**
 * The prompt an instruction model (in-browser hub model or the deployer's server) gets: the
 * facts as JSON and a request for JSON back. Only facts travel — never message text — and
 * every text that comes back still has to pass the grounding checker before it is shown.
 */
import { EMOTION_DISPLAY } from '../../view/display-names';
import { MIN_EVIDENCE, wrappedFlags } from '../evidence';
import type { WrappedFacts } from '../facts';
import type { TextStyle } from '../types';
import { countOf } from '../../view/language';
import { modelName } from '../words';

export interface ChatMessage {
  role: 'system' | 'user';
  content: string;
}

const STYLE_GUIDES: Record<TextStyle, string> = {
  poetic: 'lyrical and image-rich, short lines, gentle metaphors',
  technical: 'precise and dry, like a systems report or a changelog, with engineering metaphors',
  casual: 'relaxed and friendly, like a text from a friend',
  professional: 'polished and concise, like a performance review written by a fan',
  humorous: 'playful and witty, light teasing, never mean',
};

export const LLM_OUTPUT_SHAPE =
  '{"tagline": string (≤ 12 words), "insights": string[] (3–5, one sentence each), "persona": string (2–3 sentences), "achievements": {"<achievement id>": string (one sentence)}}';

/** Emotions as the story names them, for the model to use instead of the labels in the facts. */
const EMOTION_NAMES = Object.entries(EMOTION_DISPLAY)
  .map(([label, { name }]) => `${label} = "${name}"`)
  .join(', ');

/** What these facts are too thin to claim (the bars of lib/gen/evidence.ts), as instructions. */
function evidenceRules(facts: WrappedFacts): string[] {
  const flags = new Set(wrappedFlags(facts));
  const rules: string[] = [];
  if (!flags.has('manyPrompts')) rules.push(`there are fewer than ${countOf(MIN_EVIDENCE.volumePrompts, 'prompt')}, so don't boast about how much they asked`);
  if (!flags.has('routine')) rules.push(`there are fewer than ${countOf(MIN_EVIDENCE.routineActiveDays, 'active day')}, so don't call it a routine or a habit`);
  if (facts.longestStreak.days < MIN_EVIDENCE.streakDays) rules.push('there is no streak to mention');
  if (facts.longestConversationMessages < MIN_EVIDENCE.marathonMessages || facts.conversations < MIN_EVIDENCE.marathonConversations) rules.push('no conversation was long enough to call a marathon');
  if (facts.userMessages < MIN_EVIDENCE.sharePrompts) rules.push('there are too few prompts for shares or percentages of them');
  return rules;
}

/** The facts as the model should name them: the top model by its display name. */
function factsForWriter(facts: WrappedFacts): WrappedFacts {
  return facts.topModel ? { ...facts, topModel: { ...facts.topModel, name: modelName(facts.topModel.name) } } : facts;
}

export function buildLlmMessages(facts: WrappedFacts, style: TextStyle): ChatMessage[] {
  const thin = evidenceRules(facts);
  const system = [
    'You write the words of a "Wrapped" recap of one person\'s year with an AI assistant.',
    `Style: ${style} — ${STYLE_GUIDES[style]}. Address the reader as "you".`,
    'Use ONLY the facts given. Every number, date, month, weekday, topic and name you write must appear in the facts;',
    'write numbers with digits exactly as given or rounded to a whole percent; put topic names in double quotes.',
    'Match every noun to its number ("1 conversation", "2 conversations") and use "an" before numbers said with a vowel ("an 8-day streak", "an 18-day streak").',
    `Never write a percentage that rounds to 0%. Name emotions like this: ${EMOTION_NAMES}. Name the model exactly as topModel.name gives it.`,
    ...(thin.length > 0 ? [`These facts are thin: ${thin.join('; ')}.`] : []),
    'Do not invent anything. Answer with JSON only, no prose around it, in this shape:',
    LLM_OUTPUT_SHAPE,
  ].join(' ');
  return [
    { role: 'system', content: system },
    { role: 'user', content: `Facts:\n${JSON.stringify(factsForWriter(facts))}` },
  ];
}
