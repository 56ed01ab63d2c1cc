/**
 * Politeness markers in the user's messages: the share of messages with each kind, and a 0–100
 * score. English patterns only (whole words, case-insensitive, fenced and inline code stripped first); other
 * languages simply score 0.
 *
 *   please  — please, pls, plz
 *   thanks  — thanks, thank you / u, thx, tysm, appreciate(d), grateful
 *   sorry   — sorry, apologies, apologise / apologize, my bad
 *
 * score = 100 × (1 − e^(−3·x)), x = pleaseShare + thanksShare + ½·sorryShare: a message with both
 * please and thanks counts twice, apologies half. x = 0.1 → 26, 0.25 → 53, 0.5 → 78, 1 → 95.
 * Cheap (three regex tests), so every message is checked: no sampling, no character cap.
 */
import type { Politeness } from '../types';
import { stripFencedCode } from './strip-code';

const PLEASE = /\b(?:please|pls|plz)\b/i;
const THANKS = /\b(?:thanks|thank (?:you|u)|thx|tysm|appreciated?|grateful)\b/i;
const SORRY = /\b(?:sorry|apologies|apologi[sz]e|my bad)\b/i;

export interface PolitenessAccumulator {
  add(userMessageText: string): void;
  result(): Politeness;
}

export function createPolitenessAccumulator(): PolitenessAccumulator {
  let messages = 0;
  let please = 0;
  let thanks = 0;
  let sorry = 0;
  let polite = 0;

  return {
    add(text) {
      messages += 1;
      const prose = stripFencedCode(text);
      const p = PLEASE.test(prose);
      const t = THANKS.test(prose);
      const s = SORRY.test(prose);
      if (p) please += 1;
      if (t) thanks += 1;
      if (s) sorry += 1;
      if (p || t || s) polite += 1;
    },
    result() {
      const share = (n: number) => (messages > 0 ? n / messages : 0);
      const x = share(please) + share(thanks) + 0.5 * share(sorry);
      return {
        messages,
        pleaseShare: share(please),
        thanksShare: share(thanks),
        sorryShare: share(sorry),
        politeShare: share(polite),
        score: Math.round(100 * (1 - Math.exp(-3 * x))),
      };
    },
  };
}

export function politeness(texts: Iterable<string>): Politeness {
  const accumulator = createPolitenessAccumulator();
  for (const text of texts) accumulator.add(text);
  return accumulator.result();
}
