/**
 * Cover palettes: hues from the emotion mix (joy gold, sadness blue, anger red …), weighted by
 * share, then lit for the style. Without the ML layer the persona picks a hue, so a cover is
 * never blank. Pure and deterministic: the share page, the cards and the worker agree.
 */
import type { Emotion } from '../ml/types';
import type { WrappedFacts } from '../gen/facts';
import type { CoverStyle } from './types';

const EMOTION_HUES: Record<Emotion, number> = {
  joy: 45,
  surprise: 320,
  anger: 2,
  fear: 275,
  sadness: 215,
  disgust: 95,
  neutral: 185,
};

/** Saturation and lightness (0–1) of the five swatches, darkest first, per style. */
const STYLE_LIGHTING: Record<CoverStyle, { s: number; l: number[]; hueSpread: number }> = {
  neon: { s: 0.95, l: [0.08, 0.45, 0.55, 0.6, 0.7], hueSpread: 40 },
  hologram: { s: 0.7, l: [0.12, 0.6, 0.7, 0.78, 0.88], hueSpread: 120 },
  glitch: { s: 0.9, l: [0.05, 0.5, 0.5, 0.55, 0.95], hueSpread: 160 },
  plasma: { s: 0.85, l: [0.1, 0.35, 0.5, 0.6, 0.75], hueSpread: 60 },
  ethereal: { s: 0.45, l: [0.2, 0.7, 0.78, 0.85, 0.93], hueSpread: 50 },
};

export function hslToHex(hue: number, saturation: number, lightness: number): string {
  const h = ((hue % 360) + 360) % 360;
  const chroma = (1 - Math.abs(2 * lightness - 1)) * saturation;
  const x = chroma * (1 - Math.abs(((h / 60) % 2) - 1));
  const m = lightness - chroma / 2;
  const [r, g, b] =
    h < 60 ? [chroma, x, 0] : h < 120 ? [x, chroma, 0] : h < 180 ? [0, chroma, x] : h < 240 ? [0, x, chroma] : h < 300 ? [x, 0, chroma] : [chroma, 0, x];
  const hex = (value: number) => Math.round((value + m) * 255).toString(16).padStart(2, '0');
  return `#${hex(r)}${hex(g)}${hex(b)}`;
}

/** The two strongest hues of the emotion mix (neutral counts at half weight so feelings show). */
export function emotionHues(facts: Pick<WrappedFacts, 'ml' | 'persona'>): [number, number] {
  const emotions = facts.ml?.emotions;
  if (!emotions) {
    let hash = 0;
    for (const char of facts.persona.id) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
    const hue = hash % 360;
    return [hue, (hue + 150) % 360];
  }
  const ranked = (Object.keys(EMOTION_HUES) as Emotion[])
    .map((emotion) => ({ emotion, weight: (emotions[emotion] ?? 0) * (emotion === 'neutral' ? 0.5 : 1) }))
    .sort((a, b) => b.weight - a.weight || a.emotion.localeCompare(b.emotion));
  return [EMOTION_HUES[ranked[0]!.emotion], EMOTION_HUES[ranked[1]!.emotion]];
}

/** Five hex colours, darkest first: background, two accents from the first hue, two from the second. */
export function coverPalette(facts: Pick<WrappedFacts, 'ml' | 'persona'>, style: CoverStyle): string[] {
  const [primary, secondary] = emotionHues(facts);
  const { s, l, hueSpread } = STYLE_LIGHTING[style];
  const hues = [primary, primary, primary + hueSpread / 4, secondary, secondary + hueSpread / 2];
  return hues.map((hue, index) => hslToHex(hue, index === 0 ? s * 0.6 : s, l[index]!));
}
