/**
 * The diffusion prompt, built on the server from the facts only: style words, palette colour
 * names, the top topics, the top emotion and the persona. No chat text exists here to leak,
 * and the free-text facts (topic labels, persona name) are reduced to a few plain words —
 * no URLs, markup or punctuation — so a crafted label can only ever add a harmless motif.
 */
import { coverPalette } from '../../art/palette';
import type { CoverStyle } from '../../art/types';
import type { WrappedFacts } from '../../gen/facts';
import { colourName } from './colour-names';

export const MAX_COVER_PROMPT_CHARS = 1_000;
const MAX_WORDS_PER_LABEL = 3;
const MAX_LABEL_CHARS = 32;

const STYLE_WORDS: Record<CoverStyle, string> = {
  neon: 'neon light tubes glowing in the dark, synthwave, crisp glow, reflective wet surfaces',
  hologram: 'iridescent holographic foil, prismatic light, translucent layered glass, soft chromatic sheen',
  glitch: 'digital glitch art, datamosh, scanlines, RGB channel split, pixel sorting',
  plasma: 'flowing plasma, liquid energy, swirling gradients, lava-lamp forms',
  ethereal: 'ethereal mist, soft volumetric light, dreamy pastel haze, floating particles',
};

const NEGATIVE_PROMPT = 'text, letters, words, typography, watermark, signature, logo, people, faces, hands, photo, lowres, blurry';

/** A label as at most a few plain words: URLs and anything not a letter or digit are dropped. */
export function sanitizeLabel(label: string, maxWords = MAX_WORDS_PER_LABEL): string {
  const words = label
    .normalize('NFKC')
    .replace(/\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S*/gi, ' ')
    .replace(/\S+\.(?:com|net|org|io|ai|dev|app|xyz|ru|cn)\b\S*/gi, ' ')
    .replace(/[^\p{L}\p{N}\s-]+/gu, ' ')
    .split(/\s+/)
    .filter((word) => word && !/^-+$/.test(word))
    .slice(0, maxWords);
  return words.join(' ').slice(0, MAX_LABEL_CHARS).trim().toLowerCase();
}

export interface CoverPrompt {
  prompt: string;
  negativePrompt: string;
}

export function buildCoverPrompt(facts: WrappedFacts, style: CoverStyle): CoverPrompt {
  const colours = [...new Set(coverPalette(facts, style).map(colourName))];
  const motifs = [...new Set((facts.ml?.topics ?? []).slice(0, 3).map((topic) => sanitizeLabel(topic.label)).filter(Boolean))];
  const persona = sanitizeLabel(facts.persona.name, 4);
  const parts = [
    `Abstract album cover art, ${STYLE_WORDS[style]}`,
    `colour palette of ${colours.join(', ')}`,
    motifs.length > 0 ? `subtle abstract motifs evoking ${motifs.join(', ')}` : null,
    facts.ml?.topEmotion ? `mood of ${facts.ml.topEmotion}` : null,
    persona ? `the spirit of ${persona}` : null,
    'centered composition, high detail, no text',
  ];
  const prompt = parts.filter(Boolean).join('; ').slice(0, MAX_COVER_PROMPT_CHARS);
  return { prompt, negativePrompt: NEGATIVE_PROMPT };
}
