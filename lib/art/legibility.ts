/**
 * How dark the scrim under words must be for them to stay readable on any cover. The art may
 * show its palette's lightest swatch anywhere, so the scrim (the palette's darkest swatch) is
 * sized for that worst case; tests/unit/a11y/contrast.test.ts holds every style to WCAG AA.
 */
import { contrastRatio, over, parseHex, relativeLuminance, toHex, WHITE, type Rgb } from './contrast';

/** Cover words: the shade's alpha from the title's top (large text, 3:1) and from the subtitle's (4.5:1) down. */
export const COVER_SHADE = { title: 0.56, body: 0.8 } as const;

/** Share cards: the scrim's alpha at the top, middle and bottom; the words can be anywhere on the card. */
export const CARD_SCRIM = { top: 0.72, middle: 0.76, bottom: 0.88 } as const;

/** The share page: the palette's darkest swatch lit by two soft glows (second swatch top right, accent bottom left). */
export const SHARE_PAGE_GLOW = { top: 0.25, bottom: 0.2 } as const;

const AA_BODY = 4.5;

const lightestSwatch = (palette: readonly string[]): Rgb =>
  palette.map(parseHex).reduce((a, b) => (relativeLuminance(b) > relativeLuminance(a) ? b : a));

/** The lightest a share card gets behind its words: the lightest swatch under the thinnest scrim. */
export function cardBackdrop(palette: readonly string[]): Rgb {
  return over(parseHex(palette[0]!), Math.min(CARD_SCRIM.top, CARD_SCRIM.middle, CARD_SCRIM.bottom), lightestSwatch(palette));
}

/** The lightest the share page gets: where one of its glows is strongest. */
export function sharePageBackdrop(palette: readonly string[]): Rgb {
  const dark = parseHex(palette[0]!);
  const glows = [over(parseHex(palette[1]!), SHARE_PAGE_GLOW.top, dark), over(parseHex(palette[palette.length - 1]!), SHARE_PAGE_GLOW.bottom, dark)];
  return glows.reduce((a, b) => (relativeLuminance(b) > relativeLuminance(a) ? b : a));
}

/** The palette's accent (last) swatch, mixed with just enough white to read (4.5:1) on `backdrop`. */
export function legibleAccent(palette: readonly string[], backdrop: Rgb): string {
  const accent = parseHex(palette[palette.length - 1]!);
  for (let step = 0; step <= 20; step++) {
    const lifted = toHex(over(WHITE, step / 20, accent));
    if (contrastRatio(parseHex(lifted), backdrop) >= AA_BODY) return lifted;
  }
  return '#ffffff';
}
