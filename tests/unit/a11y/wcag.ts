/**
 * Test-side colour helpers on top of lib/art/contrast: translucent text over a background, and
 * Tailwind's oklch palette resolved from the installed theme, so the tests check the colours
 * the browser actually paints.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { contrastRatio, over, WHITE, BLACK, type Rgb } from '@/lib/art/contrast';

/** Contrast of `text` drawn at `alpha` over an opaque background. */
export const textContrast = (text: Rgb, alpha: number, background: Rgb) => contrastRatio(over(text, alpha, background), background);

/** CSS oklch(L C H) → sRGB, clipped to the gamut (what a browser shows on an sRGB screen). */
export function oklch(lightness: number, chroma: number, hue: number): Rgb {
  const h = (hue * Math.PI) / 180;
  const [L, A, B] = [lightness, chroma * Math.cos(h), chroma * Math.sin(h)];
  const l = (L + 0.3963377774 * A + 0.2158037573 * B) ** 3;
  const m = (L - 0.1055613458 * A - 0.0638541728 * B) ** 3;
  const s = (L - 0.0894841775 * A - 1.291485548 * B) ** 3;
  return [
    4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
    -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
    -0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s,
  ].map((value) => {
    const c = Math.min(1, Math.max(0, value));
    return 255 * (c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055);
  }) as unknown as Rgb;
}

let theme: Map<string, Rgb> | null = null;

/** A Tailwind colour by utility name (`amber-400`, `white`), from node_modules/tailwindcss/theme.css. */
export function tailwindColour(name: string): Rgb {
  if (!theme) {
    const css = readFileSync(path.join(process.cwd(), 'node_modules', 'tailwindcss', 'theme.css'), 'utf8');
    theme = new Map<string, Rgb>([
      ['white', WHITE],
      ['black', BLACK],
    ]);
    for (const [, key, l, c, h] of css.matchAll(/--color-([a-z]+-\d+):\s*oklch\(([\d.]+)%\s+([\d.]+)\s+([\d.]+)\)/g)) {
      theme.set(key!, oklch(Number(l) / 100, Number(c), Number(h)));
    }
  }
  const colour = theme.get(name);
  if (!colour) throw new Error(`Unknown Tailwind colour ${name}`);
  return colour;
}
