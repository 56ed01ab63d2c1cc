/**
 * The words on a cover: a shade behind them for legibility, the title in Space Grotesk, the
 * subtitle in Inter, and a small "AI Wrapped" mark. Sizes scale with the image, so the 1024
 * cover and the 512 animation frames are laid out alike. The shade follows the words' measured
 * top, so it reaches COVER_SHADE's strength wherever they are, and a short title darkens less.
 */
import { DISPLAY_FONT, TEXT_FONT } from '@/lib/art/fonts';
import { COVER_SHADE } from '@/lib/art/legibility';
import type { CoverParams } from '@/lib/art/params';
import { withAlpha } from './colour';
import type { Ctx2d } from './canvas2d/space';
import { drawText, textHeight } from './text';

export function drawMark(ctx: Ctx2d, x: number, y: number, size: number, fill: string, align: CanvasTextAlign = 'left'): void {
  drawText(ctx, 'AI WRAPPED', x, y, { font: DISPLAY_FONT, weight: 700, maxSize: size, minSize: size, maxLines: 1, maxWidth: size * 12, tracking: 0.2 }, fill, align);
}

export function drawCoverWords(ctx: Ctx2d, params: CoverParams, width: number, height: number): void {
  const unit = Math.min(width, height) / 1024;
  const margin = 64 * unit;
  const top = ctx.createLinearGradient(0, 0, 0, height * 0.2);
  top.addColorStop(0, withAlpha(params.palette[0]!, 0.55));
  top.addColorStop(1, withAlpha(params.palette[0]!, 0));
  ctx.fillStyle = top;
  ctx.fillRect(0, 0, width, height * 0.2);
  drawMark(ctx, margin, margin - 8 * unit, 22 * unit, 'rgba(255, 255, 255, 0.9)');

  const maxWidth = width - 2 * margin;
  const subtitleBox = { font: TEXT_FONT, weight: 600, maxSize: 34 * unit, minSize: 22 * unit, maxLines: 2, maxWidth, leading: 1.3 };
  const titleBox = { font: DISPLAY_FONT, weight: 700, maxSize: 120 * unit, minSize: 56 * unit, maxLines: 2, maxWidth, leading: 1.02 };
  // Laid out bottom-up: measure the subtitle first so the title sits right above it.
  const subtitleHeight = textHeight(ctx, params.subtitle, subtitleBox);
  const titleHeight = textHeight(ctx, params.title, titleBox);
  const bottom = height - margin;
  const subtitleTop = bottom - subtitleHeight;
  const titleTop = subtitleTop - 16 * unit - titleHeight;
  drawShade(ctx, params.palette[0]!, width, height, titleTop, subtitleTop);
  ctx.shadowColor = 'rgba(0, 0, 0, 0.45)';
  ctx.shadowBlur = 18 * unit;
  drawText(ctx, params.title, margin, titleTop, titleBox, '#ffffff');
  ctx.shadowBlur = 0;
  drawText(ctx, params.subtitle, margin, subtitleTop, subtitleBox, 'rgba(255, 255, 255, 0.88)');
}

/** Fades in above the title, holds COVER_SHADE.title over it and COVER_SHADE.body from the subtitle down. */
function drawShade(ctx: Ctx2d, colour: string, width: number, height: number, titleTop: number, subtitleTop: number): void {
  const fadeFrom = Math.max(0, titleTop - height * 0.15);
  const at = (y: number) => Math.min(1, Math.max(0, (y - fadeFrom) / (height - fadeFrom)));
  const shade = ctx.createLinearGradient(0, fadeFrom, 0, height);
  shade.addColorStop(0, withAlpha(colour, 0));
  shade.addColorStop(at(titleTop), withAlpha(colour, COVER_SHADE.title));
  shade.addColorStop(at(subtitleTop), withAlpha(colour, COVER_SHADE.body));
  shade.addColorStop(1, withAlpha(colour, COVER_SHADE.body));
  ctx.fillStyle = shade;
  ctx.fillRect(0, fadeFrom, width, height - fadeFrom);
}
