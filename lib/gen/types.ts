/** What the text generator produces for one Wrapped, whichever engine wrote it. */

export const TEXT_STYLES = ['poetic', 'technical', 'casual', 'professional', 'humorous'] as const;
export type TextStyle = (typeof TEXT_STYLES)[number];

/** Where a text came from: the offline grammar, an in-browser model (hub tier) or the deployer's server. */
export type TextEngine = 'template' | 'hub' | 'server';

export interface GeneratedInsight {
  /** Which fact it is about, e.g. 'night-owl', 'top-topic', 'streak'. */
  id: string;
  text: string;
  /** Surprise × specificity; insights are listed highest first. */
  score: number;
}

export interface GeneratedTexts {
  style: TextStyle;
  seed: number;
  /** The engine that wrote the texts shown (after any ungrounded output fell back to the template). */
  engine: TextEngine;
  tagline: string;
  /** Ranked: most surprising and specific first. */
  insights: GeneratedInsight[];
  /** Two or three sentences about the user's persona. */
  persona: string;
  /** One blurb per unlocked achievement id. */
  achievements: Record<string, string>;
}

/** A fact a generated text states that the analysis does not back. */
export interface GroundingIssue {
  kind: 'number' | 'date' | 'topic' | 'name';
  /** The offending span as written, e.g. "4,312" or "March". */
  value: string;
  text: string;
}
