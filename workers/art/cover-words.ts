/**
 * The words on a cover: a shade at the bottom for legibility, the title in Space Grotesk,
 * the subtitle in Inter, and a small "AI Wrapped" mark. Sizes scale with the image, so the
 * 1024 cover and the 512 animation frames are laid out alike.
 */
import { DISPLAY_FONT, TEXT_FONT } from '@/lib/art/fonts';
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
  const shade = ctx.createLinearGradient(0, height * 0.55, 0, height);
  shade.addColorStop(0, withAlpha(params.palette[0]!, 0));
  shade.addColorStop(1, withAlpha(params.palette[0]!, 0.85));
  ctx.fillStyle = shade;
  ctx.fillRect(0, height * 0.55, width, height * 0.45);
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
  ctx.shadowColor = 'rgba(0, 0, 0, 0.45)';
  ctx.shadowBlur = 18 * unit;
  drawText(ctx, params.title, margin, bottom - subtitleHeight - 16 * unit - titleHeight, titleBox, '#ffffff');
  ctx.shadowBlur = 0;
  drawText(ctx, params.subtitle, margin, bottom - subtitleHeight, subtitleBox, 'rgba(255, 255, 255, 0.88)');
}

