/**
 * Everything a cover renderer needs, computed from the facts alone: palette, motifs, seeded
 * composition, title and subtitle. Pure, so the worker, the share page and tests agree, and the
 * same inputs always give the same cover. `variation` re-deals the composition (positions,
 * angles, zoom) while palette, motifs and words stay: style variations of one cover.
 */
import { Rng } from '../demo/prng';
import type { WrappedFacts } from '../gen/facts';
import { countOf } from '../view/language';
import { motifFamily, type MotifFamily } from './motifs';
import { coverPalette } from './palette';
import type { CoverStyle } from './types';

/** Uniform arrays in the shaders are sized for this many orbs. */
export const MAX_ORBS = 8;

export interface CoverOrb {
  /** Centre in 0–1 cover coordinates (y down), radius as a share of the cover's side. */
  x: number;
  y: number;
  radius: number;
  /** Palette index 1–4 (0 is the background). */
  colour: number;
  /** Orbit phase 0–1: where the orb sits on its loop at time 0. */
  phase: number;
}

export interface CoverParams {
  style: CoverStyle;
  seed: number;
  variation: number;
  /** Five hex colours, darkest first (lib/art/palette). */
  palette: string[];
  motif: MotifFamily;
  /** One orb per topic (best first, sized by share), at least three. */
  orbs: CoverOrb[];
  /** Concentric rings: more for longer streaks. */
  rings: number;
  /** Grid lines per side: more for more active days. */
  gridLines: number;
  /** 0–1: how densely motif glyphs fill the cover (topic spread, or code share before ML). */
  glyphDensity: number;
  /** 0–1: motion and contrast, from the positive share of the tone (or activity before ML). */
  energy: number;
  /** Composition, from the variation's own stream: rotation (radians), centre shift, zoom. */
  composition: { angle: number; shiftX: number; shiftY: number; zoom: number };
  /** Shader noise offset: distinct per seed and variation, small enough for float precision. */
  noiseOffset: [number, number];
  title: string;
  subtitle: string;
}

const clamp01 = (value: number) => Math.min(1, Math.max(0, value));
const round = (value: number) => Math.round(value * 1e4) / 1e4;

function coverOrbs(facts: WrappedFacts, rng: Rng): CoverOrb[] {
  const topics = facts.ml?.topics ?? [];
  const shares = topics.length > 0 ? topics.map((topic) => topic.share) : [0.4, 0.3, 0.2];
  while (shares.length < 3) shares.push(0.12);
  const top = Math.max(...shares);
  return shares.slice(0, MAX_ORBS).map((share, index) => ({
    x: round(0.15 + rng.next() * 0.7),
    y: round(0.12 + rng.next() * 0.6),
    radius: round(0.06 + 0.16 * Math.sqrt(share / top)),
    colour: 1 + (index % 4),
    phase: round(rng.next()),
  }));
}

function coverTitle(facts: WrappedFacts): { title: string; subtitle: string } {
  const topic = facts.ml?.topics[0]?.label;
  const period = facts.year === null ? facts.periodLabel : String(facts.year);
  const conversations = countOf(facts.conversations, 'conversation');
  return { title: facts.persona.name, subtitle: [period, conversations, topic].filter(Boolean).join(' · ') };
}

export function coverParams(facts: WrappedFacts, style: CoverStyle, seed: number, variation = 0): CoverParams {
  // Motifs come from the seed alone; the composition from seed and variation.
  const motifs = Rng.forItem(seed, 0);
  const layout = Rng.forItem(seed, 1 + variation);
  const ml = facts.ml;
  const topicCount = ml?.topicCount ?? 0;
  return {
    style,
    seed,
    variation,
    palette: coverPalette(facts, style),
    motif: motifFamily(facts.persona.id),
    orbs: coverOrbs(facts, motifs),
    rings: 2 + Math.min(10, Math.round(Math.log2(1 + facts.longestStreak.days) * 1.5)),
    gridLines: 4 + Math.min(20, Math.round(Math.sqrt(facts.activeDays))),
    glyphDensity: round(ml ? clamp01(0.25 + 0.6 * ml.topicEntropy * Math.min(1, topicCount / 8)) : clamp01(0.3 + facts.codeShare)),
    energy: round(ml ? clamp01(0.2 + ml.sentiment.positive * 1.5) : clamp01(facts.activeDays / 200)),
    composition: {
      angle: round((layout.next() - 0.5) * Math.PI * 0.5),
      shiftX: round((layout.next() - 0.5) * 0.3),
      shiftY: round((layout.next() - 0.5) * 0.3),
      zoom: round(0.85 + layout.next() * 0.4),
    },
    noiseOffset: [round(layout.next() * 100), round(layout.next() * 100)],
    ...coverTitle(facts),
  };
}
