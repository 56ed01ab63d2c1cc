/**
 * Share cards: the card's content laid out at its exact size, over the cover art or a gradient
 * of the card's palette, darkened by CARD_SCRIM so the words read on either. Every text box
 * wraps and shrinks to fit, so a long headline or topic never leaves the card.
 */
import { DISPLAY_FONT, TEXT_FONT } from '@/lib/art/fonts';
import { CARD_SCRIM, cardBackdrop, legibleAccent } from '@/lib/art/legibility';
import type { ShareCardContent, ShareCardSize } from '@/lib/share/card-content';
import { withAlpha } from './colour';
import type { Ctx2d } from './canvas2d/space';
import { drawMark } from './cover-words';
import { drawText, textHeight, type TextBox } from './text';

interface CardLayout {
  padding: number;
  /** The text column: eyebrow, headline, caption (and, on the story, the rows below). */
  textWidth: number;
  /** Where the rows go: under the text (story) or in a right-hand column (preview). */
  rows: { x: number; width: number; maxRows: number; rowHeight: number; below: boolean };
  mark: number;
  eyebrow: Omit<TextBox, 'maxWidth'>;
  headline: Omit<TextBox, 'maxWidth'>;
  caption: Omit<TextBox, 'maxWidth'>;
  rowText: Omit<TextBox, 'maxWidth'>;
  footer: Omit<TextBox, 'maxWidth'>;
}

const eyebrowBase = { font: TEXT_FONT, weight: 600, maxLines: 2, tracking: 0.14, leading: 1.3 };
const headlineBase = { font: DISPLAY_FONT, weight: 700, leading: 1.0 };
const captionBase = { font: TEXT_FONT, weight: 400, leading: 1.25 };
const rowBase = { font: TEXT_FONT, weight: 600, maxLines: 1 };
const footerBase = { font: TEXT_FONT, weight: 400, leading: 1.3 };

const LAYOUTS: Record<ShareCardSize, CardLayout> = {
  story: {
    padding: 96,
    textWidth: 1080 - 192,
    rows: { x: 96, width: 1080 - 192, maxRows: 5, rowHeight: 112, below: true },
    mark: 30,
    eyebrow: { ...eyebrowBase, maxSize: 40, minSize: 28 },
    headline: { ...headlineBase, maxSize: 220, minSize: 80, maxLines: 3 },
    caption: { ...captionBase, maxSize: 56, minSize: 34, maxLines: 3 },
    rowText: { ...rowBase, maxSize: 40, minSize: 26 },
    footer: { ...footerBase, maxSize: 40, minSize: 26, maxLines: 3 },
  },
  preview: {
    padding: 64,
    textWidth: 640,
    rows: { x: 752, width: 1200 - 752 - 64, maxRows: 4, rowHeight: 84, below: false },
    mark: 20,
    eyebrow: { ...eyebrowBase, maxSize: 24, minSize: 18 },
    headline: { ...headlineBase, maxSize: 112, minSize: 48, maxLines: 2 },
    caption: { ...captionBase, maxSize: 32, minSize: 22, maxLines: 2 },
    rowText: { ...rowBase, maxSize: 26, minSize: 18 },
    footer: { ...footerBase, maxSize: 22, minSize: 16, maxLines: 1 },
  },
};

/** The background without cover art: the palette as a diagonal gradient with two soft glows. */
export function drawPaletteBackground(ctx: Ctx2d, palette: string[], width: number, height: number): void {
  const base = ctx.createLinearGradient(0, 0, width, height);
  base.addColorStop(0, palette[0]!);
  base.addColorStop(0.55, palette[1] ?? palette[0]!);
  base.addColorStop(1, palette[palette.length - 1]!);
  ctx.fillStyle = base;
  ctx.fillRect(0, 0, width, height);
  const glows: [number, number, string][] = [
    [width * 0.85, height * 0.12, palette[palette.length - 1]!],
    [width * 0.1, height * 0.9, palette[Math.min(2, palette.length - 1)]!],
  ];
  for (const [x, y, hex] of glows) {
    const glow = ctx.createRadialGradient(x, y, 0, x, y, Math.max(width, height) * 0.6);
    glow.addColorStop(0, withAlpha(hex, 0.55));
    glow.addColorStop(1, withAlpha(hex, 0));
    ctx.fillStyle = glow;
    ctx.fillRect(0, 0, width, height);
  }
}

/** Darkens the background with the palette's darkest swatch, most at the bottom. */
function drawScrim(ctx: Ctx2d, palette: string[], width: number, height: number): void {
  const scrim = ctx.createLinearGradient(0, 0, 0, height);
  scrim.addColorStop(0, withAlpha(palette[0]!, CARD_SCRIM.top));
  scrim.addColorStop(0.5, withAlpha(palette[0]!, CARD_SCRIM.middle));
  scrim.addColorStop(1, withAlpha(palette[0]!, CARD_SCRIM.bottom));
  ctx.fillStyle = scrim;
  ctx.fillRect(0, 0, width, height);
}

function drawRows(ctx: Ctx2d, content: ShareCardContent, layout: CardLayout, top: number): void {
  const { x, width, maxRows, rowHeight } = layout.rows;
  const accent = legibleAccent(content.palette, cardBackdrop(content.palette));
  const valueWidth = width * 0.3;
  content.rows.slice(0, maxRows).forEach((row, index) => {
    const y = top + index * rowHeight;
    const labelWidth = row.value ? width - valueWidth - 24 : width;
    drawText(ctx, row.label, x, y, { ...layout.rowText, maxWidth: labelWidth }, '#ffffff');
    if (row.value) drawText(ctx, row.value, x + width, y, { ...layout.rowText, maxWidth: valueWidth }, accent, 'right');
    if (row.share !== undefined) {
      const barY = y + layout.rowText.maxSize * 1.35;
      const barHeight = Math.round(rowHeight * 0.12);
      ctx.fillStyle = 'rgba(255, 255, 255, 0.15)';
      ctx.beginPath();
      ctx.roundRect(x, barY, width, barHeight, barHeight / 2);
      ctx.fill();
      ctx.fillStyle = accent;
      ctx.beginPath();
      ctx.roundRect(x, barY, Math.max(barHeight, width * Math.min(1, Math.max(0, row.share))), barHeight, barHeight / 2);
      ctx.fill();
    }
  });
}

/** Draws the card's words (the background is already there). */
export function drawCardWords(ctx: Ctx2d, content: ShareCardContent, size: ShareCardSize, width: number, height: number): void {
  const layout = LAYOUTS[size];
  const { padding, textWidth } = layout;
  drawScrim(ctx, content.palette, width, height);
  drawMark(ctx, padding, padding - layout.mark * 0.4, layout.mark, 'rgba(255, 255, 255, 0.9)');

  const box = (base: Omit<TextBox, 'maxWidth'>): TextBox => ({ ...base, maxWidth: textWidth });
  const footerHeight = content.footer ? textHeight(ctx, content.footer, box(layout.footer)) : 0;
  const rowsHeight = layout.rows.below ? Math.min(content.rows.length, layout.rows.maxRows) * layout.rows.rowHeight : 0;
  const blockHeight =
    textHeight(ctx, content.eyebrow, box(layout.eyebrow)) +
    layout.mark +
    textHeight(ctx, content.headline, box(layout.headline)) +
    (content.caption ? layout.mark * 1.2 + textHeight(ctx, content.caption, box(layout.caption)) : 0) +
    (rowsHeight > 0 ? layout.mark * 2 + rowsHeight : 0);
  // The block is centred in the space between the mark and the footer.
  const areaTop = padding + layout.mark * 2;
  const areaBottom = height - padding - footerHeight - (footerHeight > 0 ? layout.mark : 0);
  let y = Math.max(areaTop, areaTop + (areaBottom - areaTop - blockHeight) / 2);

  const accent = legibleAccent(content.palette, cardBackdrop(content.palette));
  y += drawText(ctx, content.eyebrow.toUpperCase(), padding, y, box(layout.eyebrow), accent) + layout.mark;
  y += drawText(ctx, content.headline, padding, y, box(layout.headline), '#ffffff');
  if (content.caption) y += layout.mark * 1.2 + drawText(ctx, content.caption, padding, y, box(layout.caption), '#ffffff');
  if (layout.rows.below) drawRows(ctx, content, layout, y + layout.mark * 2);
  else {
    const count = Math.min(content.rows.length, layout.rows.maxRows);
    drawRows(ctx, content, layout, (height - count * layout.rows.rowHeight) / 2);
  }
  if (content.footer) drawText(ctx, content.footer, padding, height - padding - footerHeight, box(layout.footer), '#ffffff');
}
