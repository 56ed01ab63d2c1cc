/** Drawing fitted words on a 2D canvas (lib/art/text-fit does the layout). */
import { fitText, type FittedText } from '@/lib/art/text-fit';
import type { Ctx2d } from './canvas2d/space';

export interface TextBox {
  font: string;
  weight: number;
  maxSize: number;
  minSize: number;
  maxLines: number;
  maxWidth: number;
  /** Line height as a multiple of the font size. */
  leading?: number;
  /** Letter spacing in ems, e.g. 0.12 for small caps lines. */
  tracking?: number;
}

export function fontString(box: Pick<TextBox, 'font' | 'weight'>, size: number): string {
  return `${box.weight} ${size}px "${box.font}"`;
}

export function fit(ctx: Ctx2d, text: string, box: TextBox): FittedText {
  return fitText(text, {
    ...box,
    measure: (line, size) => {
      ctx.font = fontString(box, size);
      ctx.letterSpacing = `${(box.tracking ?? 0) * size}px`;
      return ctx.measureText(line).width;
    },
  });
}

/** The height `text` takes when fitted into the box (0 for an empty text). */
export function textHeight(ctx: Ctx2d, text: string, box: TextBox): number {
  if (!text.trim()) return 0;
  const { size, lines } = fit(ctx, text, box);
  return lines.length * size * (box.leading ?? 1.15);
}

/** Draws `text` fitted into the box with its top-left at (x, y); returns the height used. */
export function drawText(ctx: Ctx2d, text: string, x: number, y: number, box: TextBox, fill: string, align: CanvasTextAlign = 'left'): number {
  if (!text.trim()) return 0;
  const { size, lines } = fit(ctx, text, box);
  const leading = size * (box.leading ?? 1.15);
  ctx.font = fontString(box, size);
  ctx.letterSpacing = `${(box.tracking ?? 0) * size}px`;
  ctx.fillStyle = fill;
  ctx.textAlign = align;
  ctx.textBaseline = 'alphabetic';
  lines.forEach((line, index) => ctx.fillText(line, x, y + size * 0.92 + index * leading));
  ctx.letterSpacing = '0px';
  return lines.length * leading;
}
