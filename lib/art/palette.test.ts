import { describe, expect, it } from 'vitest';
import { COVER_STYLES } from './types';
import { coverPalette, hslToHex } from './palette';

const joyful = {
  persona: { id: 'builder' },
  ml: { emotions: { joy: 0.5, surprise: 0.1, anger: 0, fear: 0, sadness: 0.05, disgust: 0, neutral: 0.35 } },
} as never;

describe('coverPalette', () => {
  it('converts HSL corners exactly', () => {
    expect(hslToHex(0, 1, 0.5)).toBe('#ff0000');
    expect(hslToHex(120, 1, 0.5)).toBe('#00ff00');
    expect(hslToHex(240, 1, 0.5)).toBe('#0000ff');
    expect(hslToHex(0, 0, 1)).toBe('#ffffff');
  });

  it('takes its main accent from the strongest emotion (joy → gold)', () => {
    const [, accent] = coverPalette(joyful, 'neon');
    const r = parseInt(accent!.slice(1, 3), 16);
    const b = parseInt(accent!.slice(5, 7), 16);
    expect(r).toBeGreaterThan(200);
    expect(b).toBeLessThan(60);
  });

  it('gives each style its own five colours, deterministically', () => {
    const palettes = COVER_STYLES.map((style) => coverPalette(joyful, style).join());
    expect(new Set(palettes).size).toBe(COVER_STYLES.length);
    expect(coverPalette(joyful, 'plasma')).toEqual(coverPalette(joyful, 'plasma'));
    for (const palette of palettes) expect(palette.split(',')).toHaveLength(5);
  });

  it('falls back to a persona hue before the ML layer exists', () => {
    const palette = coverPalette({ persona: { id: 'night-owl' }, ml: null } as never, 'ethereal');
    expect(palette.every((colour) => /^#[0-9a-f]{6}$/.test(colour))).toBe(true);
  });
});
