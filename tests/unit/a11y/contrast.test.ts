/**
 * WCAG AA contrast of every word drawn over a theme: 4.5:1 for body text, 3:1 for large titles.
 * The five cover styles × every palette a Wrapped can get (each emotion pair, each persona hue)
 * for the words on covers, the share cards, the OG image and the share page; and each story
 * slide's gradient against every light text colour the story's components use (read from their
 * source, so a new slide or a fainter class is checked too). Backgrounds are taken at their worst:
 * the lightest swatch the art can show, under the thinnest part of the scrim.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BLACK, contrastRatio, over, parseHex, relativeLuminance, WHITE, type Rgb } from '@/lib/art/contrast';
import { CARD_SCRIM, cardBackdrop, COVER_SHADE, legibleAccent, SHARE_PAGE_GLOW, sharePageBackdrop } from '@/lib/art/legibility';
import { coverPalette } from '@/lib/art/palette';
import { COVER_STYLES, type CoverStyle } from '@/lib/art/types';
import type { WrappedFacts } from '@/lib/gen/facts';
import { HEAD_LABELS } from '@/lib/ml/heads/labels';
import { OG_GLOW_ALPHA, OG_SCRIM_ALPHA } from '@/lib/server/og/share-preview';
import { SLIDE_GRADIENTS, SLIDE_SCRIM } from '@/components/story/gradients';
import { tailwindColour, textContrast } from './wcag';

const BODY = 4.5;
const LARGE = 3;

type PaletteFacts = Pick<WrappedFacts, 'ml' | 'persona'>;
const EMOTIONS = HEAD_LABELS.emotion;

/** Every hue pair the palette can start from: each ordered emotion pair, and persona hues all round the wheel. */
function themePalettes(style: CoverStyle): string[][] {
  const palettes: string[][] = [];
  for (const first of EMOTIONS) {
    for (const second of EMOTIONS) {
      if (first === second) continue;
      const emotions = Object.fromEntries(EMOTIONS.map((emotion) => [emotion, emotion === first ? 0.6 : emotion === second ? 0.4 : 0]));
      palettes.push(coverPalette({ ml: { emotions }, persona: { id: 'any' } } as unknown as PaletteFacts, style));
    }
  }
  for (let index = 0; index < 1500; index++) palettes.push(coverPalette({ ml: null, persona: { id: `persona-${index}` } } as unknown as PaletteFacts, style));
  return palettes;
}

const lightest = (colours: Rgb[]) => colours.reduce((a, b) => (relativeLuminance(b) > relativeLuminance(a) ? b : a));

/** The worst contrast of `text` (at `alpha`) over each background. */
function worst(backgrounds: Rgb[], text: Rgb, alpha = 1): number {
  return Math.min(...backgrounds.map((background) => textContrast(text, alpha, background)));
}

const summary: Record<string, Record<string, string>> = {};
function record(theme: string, surface: string, value: number) {
  (summary[theme] ??= {})[surface] = value.toFixed(2);
}

describe('colour contrast of the five cover themes (WCAG AA)', () => {
  for (const style of COVER_STYLES) {
    const palettes = themePalettes(style);
    const art = palettes.map((palette) => ({ palette, dark: parseHex(palette[0]!), light: lightest(palette.map(parseHex)) }));

    it(`${style}: cover title and subtitle over the shade (workers/art/cover-words)`, () => {
      const title = worst(art.map(({ dark, light }) => over(dark, COVER_SHADE.title, light)), WHITE);
      const subtitle = worst(art.map(({ dark, light }) => over(dark, COVER_SHADE.body, light)), WHITE, 0.88);
      record(style, 'cover title', title);
      record(style, 'cover subtitle', subtitle);
      expect(title).toBeGreaterThanOrEqual(LARGE);
      expect(subtitle).toBeGreaterThanOrEqual(BODY);
    });

    it(`${style}: share card words over the scrim, on art or gradient (workers/art/card)`, () => {
      const thinnest = Math.min(CARD_SCRIM.top, CARD_SCRIM.middle, CARD_SCRIM.bottom);
      const backgrounds = art.map(({ dark, light }) => over(dark, thinnest, light));
      const accent = Math.min(...art.map(({ palette, dark, light }) => contrastRatio(parseHex(legibleAccent(palette, cardBackdrop(palette))), over(dark, thinnest, light))));
      const text = { headline: worst(backgrounds, WHITE), 'caption, rows, footer': worst(backgrounds, WHITE), 'eyebrow, values': accent };
      for (const [name, value] of Object.entries(text)) record(style, `card ${name}`, value);
      expect(text.headline).toBeGreaterThanOrEqual(LARGE);
      expect(Math.min(text['caption, rows, footer'], text['eyebrow, values'])).toBeGreaterThanOrEqual(BODY);
    });

    it(`${style}: OG image words over its scrim (lib/server/og/share-preview)`, () => {
      // Both ends of the gradient and the accent glow at its strongest, each under the scrim.
      const backgrounds = art.flatMap(({ palette, dark }) => {
        const glow = over(parseHex(palette[4]!), OG_GLOW_ALPHA, parseHex(palette[2]!));
        return [dark, parseHex(palette[2]!), glow].map((colour) => over(dark, OG_SCRIM_ALPHA, colour));
      });
      const onTiles = backgrounds.map((background) => over(BLACK, 0.32, background));
      const words = Math.min(worst(backgrounds, WHITE), worst(onTiles, WHITE));
      record(style, 'OG words', words);
      expect(words).toBeGreaterThanOrEqual(BODY);
    });

    it(`${style}: share page text over its palette (components/share/SharedWrapped)`, () => {
      const page = art.flatMap(({ palette, dark }) => [dark, over(parseHex(palette[1]!), SHARE_PAGE_GLOW.top, dark), over(parseHex(palette[4]!), SHARE_PAGE_GLOW.bottom, dark)]);
      const onSections = page.map((background) => over(BLACK, 0.3, background));
      const faintest = Math.min(...sourceTextColours('components/share/SharedWrapped.tsx').map(({ alpha }) => alpha));
      const text = Math.min(worst(page, WHITE, faintest), worst(onSections, WHITE, faintest));
      const accent = Math.min(
        ...art.map(({ palette, dark }) => {
          const colour = parseHex(legibleAccent(palette, sharePageBackdrop(palette)));
          const glows = [over(parseHex(palette[1]!), SHARE_PAGE_GLOW.top, dark), over(parseHex(palette[4]!), SHARE_PAGE_GLOW.bottom, dark)];
          return Math.min(...glows.map((glow) => contrastRatio(colour, glow)));
        }),
      );
      record(style, 'share page text', text);
      record(style, 'share page accent', accent);
      expect(text).toBeGreaterThanOrEqual(BODY);
      expect(accent).toBeGreaterThanOrEqual(BODY);
    });
  }

  it('prints the worst contrast per theme and surface', () => {
    console.info('Worst-case WCAG contrast per theme (body ≥ 4.5, titles ≥ 3):');
    console.table(summary);
    expect(Object.keys(summary)).toEqual([...COVER_STYLES]);
  });
});

/** Light text colours (white at any opacity, light named shades) in TSX sources; dark text only sits on light chips. */
function sourceTextColours(...files: string[]): { name: string; colour: Rgb; alpha: number }[] {
  const found = new Map<string, { name: string; colour: Rgb; alpha: number }>();
  for (const file of files) {
    const source = readFileSync(path.join(process.cwd(), file), 'utf8');
    for (const [, name, opacity] of source.matchAll(/\btext-(white|[a-z]+-\d{2,3})(?:\/(\d{1,3}))?(?![\w-])/g)) {
      const colour = tailwindColour(name!);
      if (relativeLuminance(colour) < 0.4) continue;
      const key = `${name}/${opacity ?? 100}`;
      found.set(key, { name: key, colour, alpha: Number(opacity ?? 100) / 100 });
    }
  }
  return [...found.values()];
}

function storySources(): string[] {
  const dir = path.join(process.cwd(), 'components', 'story');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.tsx'))
    .map((file) => path.join('components', 'story', file));
}

describe('colour contrast of the story slides (WCAG AA)', () => {
  // The scrim's thinnest stop (`transparent` counts as 0) lies under some of the text.
  const scrimFloor = Math.min(...[...SLIDE_SCRIM.matchAll(/\b(?:from|via|to)-(?:black\/(\d+)|transparent)\b/g)].map((match) => Number(match[1] ?? 0) / 100));
  const colours = sourceTextColours(...storySources());

  it('reads the text colours from every story component', () => {
    expect(colours.map((colour) => colour.name)).toContain('white/100');
    expect(scrimFloor).toBeGreaterThan(0);
  });

  for (const [slide, gradient] of Object.entries(SLIDE_GRADIENTS)) {
    it(`${slide}: every story text colour over every stop of ${gradient.replace(/^bg-linear-to-\w+ /, '')}`, () => {
      const stops = [...gradient.matchAll(/\b(?:from|via|to)-([a-z]+-\d+)/g)].map((match) => over(BLACK, scrimFloor, tailwindColour(match[1]!)));
      expect(stops.length).toBeGreaterThanOrEqual(2);
      const failures = colours
        .map(({ name, colour, alpha }) => ({ name, ratio: worst(stops, colour, alpha) }))
        .filter(({ ratio }) => ratio < BODY)
        .map(({ name, ratio }) => `text-${name}: ${ratio.toFixed(2)}`);
      expect(failures).toEqual([]);
    });
  }
});
