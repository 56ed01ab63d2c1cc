/**
 * One share card, laid out as data: lib/share/cards builds these from a payload, the art
 * worker draws them (1080×1920 story, 1200×630 link preview) and the OG image route mirrors
 * the preview layout. Every string here has already been through the PII scrub.
 */
import type { CoverStyle } from '../art/types';

export type ShareCardSize = 'story' | 'preview';

export const SHARE_CARD_DIMENSIONS: Record<ShareCardSize, { width: number; height: number }> = {
  story: { width: 1080, height: 1920 },
  preview: { width: 1200, height: 630 },
};

export interface ShareCardContent {
  /** Stable id, e.g. 'summary', 'messages', 'topics'; used in file names. */
  id: string;
  style: CoverStyle;
  /** Hex colours, 2–5, from the payload. */
  palette: string[];
  /** Small caps line above the headline, e.g. "My 2026 with AI". */
  eyebrow: string;
  /** The big line: a number or a name, e.g. "12,408" or "The Night Owl Coder". */
  headline: string;
  /** What the headline is, e.g. "messages sent". */
  caption?: string;
  /** Up to 5 short lines or label/value rows under the headline. */
  rows: { label: string; value?: string; share?: number }[];
  /** Bottom line, e.g. the tagline. */
  footer?: string;
}
