/**
 * The shape of one style's phrasings; the grammar is built from it per tone. A phrasing that
 * claims more than its values show starts with its evidence guards (`{?manyPrompts}`,
 * `{?routine}`, `{?standout}`…, see lib/gen/evidence.ts): it is only picked when the facts
 * clear those bars. Counts arrive with their noun and article ("1 conversation", "an 18-day
 * streak"), so a phrasing never puts "a" or a plural next to a value itself.
 */
import type { MlFacts } from '../../facts';
import type { InsightId } from '../../insights/candidates';

export type Tone = MlFacts['dominantSentiment'];

/**
 * Per insight, the style's phrasings of its claim from the candidate's values (insights/candidates.ts).
 * A claim is one or two sentences without a colon (the frames' leads end in one).
 */
export type ClaimBank = Readonly<Record<InsightId, readonly string[]>>;

export interface StyleBank {
  /** ≤ 12 words. */
  tagline: readonly string[];
  /** Two or three sentences about the persona. */
  persona: readonly string[];
  /** One sentence or two per unlocked achievement ({achievementTitle}, {achievementDescription}). */
  achievement: readonly string[];
  /** Each insight's claim in this style's voice, by candidate id. */
  claims: ClaimBank;
  /** Frames around one insight's {claim}. */
  insight: readonly string[];
  /** Sentences that colour a text with the user's dominant sentiment (`#mood#`). */
  mood: Readonly<Record<Tone, readonly string[]>>;
}
