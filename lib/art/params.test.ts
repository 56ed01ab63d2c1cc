import { describe, expect, it } from 'vitest';
import { coverParams, MAX_ORBS } from './params';
import { TEST_FACTS } from '../gen/test-facts';
import { COVER_STYLES } from './types';

describe('coverParams', () => {
  it('is deterministic for the same facts, style, seed and variation', () => {
    expect(coverParams(TEST_FACTS, 'neon', 7, 2)).toEqual(coverParams(TEST_FACTS, 'neon', 7, 2));
  });

  it('keeps palette, motifs and words across variations and re-deals only the composition', () => {
    const first = coverParams(TEST_FACTS, 'plasma', 7, 0);
    const second = coverParams(TEST_FACTS, 'plasma', 7, 1);
    expect(second.palette).toEqual(first.palette);
    expect(second.orbs).toEqual(first.orbs);
    expect(second.title).toBe(first.title);
    expect(second.composition).not.toEqual(first.composition);
  });

  it('changes the motifs with the seed', () => {
    expect(coverParams(TEST_FACTS, 'neon', 1).orbs).not.toEqual(coverParams(TEST_FACTS, 'neon', 2).orbs);
  });

  it('sizes one orb per topic by its share, biggest first', () => {
    const { orbs } = coverParams(TEST_FACTS, 'glitch', 3);
    expect(orbs).toHaveLength(5);
    const radii = orbs.map((orb) => orb.radius);
    expect([...radii].sort((a, b) => b - a)).toEqual(radii);
    for (const orb of orbs) {
      expect(orb.x).toBeGreaterThanOrEqual(0);
      expect(orb.x).toBeLessThanOrEqual(1);
      expect(orb.colour).toBeGreaterThanOrEqual(1);
      expect(orb.colour).toBeLessThanOrEqual(4);
    }
  });

  it('picks the motif family from the persona and titles the cover with it', () => {
    const params = coverParams(TEST_FACTS, 'hologram', 1);
    expect(params.motif).toBe('brackets');
    expect(params.title).toBe('The Builder');
    expect(params.subtitle).toBe('2026 · 1,204 conversations · typescript · react');
    const owl = coverParams({ ...TEST_FACTS, persona: { ...TEST_FACTS.persona, id: 'night-owl' } }, 'hologram', 1);
    expect(owl.motif).toBe('moons');
  });

  it('still makes a full cover before the ML layer exists', () => {
    const params = coverParams({ ...TEST_FACTS, ml: null }, 'ethereal', 1);
    expect(params.orbs.length).toBeGreaterThanOrEqual(3);
    expect(params.orbs.length).toBeLessThanOrEqual(MAX_ORBS);
    expect(params.subtitle).toBe('2026 · 1,204 conversations');
    expect(params.glyphDensity).toBeGreaterThan(0);
  });

  it('gives each style its own palette', () => {
    const palettes = new Set(COVER_STYLES.map((style) => coverParams(TEST_FACTS, style, 1).palette.join()));
    expect(palettes.size).toBe(COVER_STYLES.length);
  });

  it('keeps counts in the ranges the shaders expect', () => {
    const params = coverParams({ ...TEST_FACTS, activeDays: 100_000, longestStreak: { days: 100_000, start: null, end: null } }, 'neon', 1);
    expect(params.rings).toBeLessThanOrEqual(12);
    expect(params.gridLines).toBeLessThanOrEqual(24);
  });
});
