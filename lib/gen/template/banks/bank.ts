/** The shape of one style's phrasings; the grammar is built from it per tone. */
import type { MlFacts } from '../../facts';

export type Tone = MlFacts['dominantSentiment'];

export interface StyleBank {
  /** ≤ 12 words. */
  tagline: readonly string[];
  /** Two or three sentences about the persona. */
  persona: readonly string[];
  /** One sentence or two per unlocked achievement ({achievementTitle}, {achievementDescription}). */
  achievement: readonly string[];
  /** Frames around one insight's {claim}. */
  insight: readonly string[];
  /** Sentences that colour a text with the user's dominant sentiment (`#mood#`). */
  mood: Readonly<Record<Tone, readonly string[]>>;
}
