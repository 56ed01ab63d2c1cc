/**
 * The prompt an instruction model (in-browser hub model or the deployer's server) gets: the
 * facts as JSON and a request for JSON back. Only facts travel — never message text — and
 * every text that comes back still has to pass the grounding checker before it is shown.
 */
import type { WrappedFacts } from '../facts';
import type { TextStyle } from '../types';

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

export function buildLlmMessages(facts: WrappedFacts, style: TextStyle): ChatMessage[] {
  const system = [
    'You write the words of a "Wrapped" recap of one person\'s year with an AI assistant.',
    `Style: ${style} — ${STYLE_GUIDES[style]}. Address the reader as "you".`,
    'Use ONLY the facts given. Every number, date, month, weekday, topic and name you write must appear in the facts;',
    'write numbers with digits exactly as given or rounded to a whole percent; put topic names in double quotes.',
    'Do not invent anything. Answer with JSON only, no prose around it, in this shape:',
    LLM_OUTPUT_SHAPE,
  ].join(' ');
  return [
    { role: 'system', content: system },
    { role: 'user', content: `Facts:\n${JSON.stringify(facts)}` },
  ];
}
