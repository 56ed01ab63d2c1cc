/** The three jobs of the art worker, each from params to a finished image. */
import type { CoverParams } from '@/lib/art/params';
import { ANIMATION_FRAMES, COVER_SIZE } from '@/lib/art/types';
import { SHARE_CARD_DIMENSIONS, type ShareCardContent, type ShareCardSize } from '@/lib/share/card-content';
import { ANIMATION_SIZE, encodeApng } from '@/lib/art/apng';
import { drawArt } from './backend';
import { drawCardWords, drawPaletteBackground } from './card';
import { drawCoverWords } from './cover-words';
import { composeCanvas, rgba, sha256Hex } from './pixels';
import type { AnimationResult, ArtBackend, CardResult, CoverResult } from './protocol';

export interface JobControl {
  /** Throws when the job was cancelled; awaited between frames so a cancel message can land. */
  checkpoint(): Promise<void>;
  progress(done: number, total: number): void;
}

export async function renderCover(params: CoverParams, requested: ArtBackend | undefined): Promise<CoverResult> {
  const started = performance.now();
  const { canvas, ctx } = composeCanvas(COVER_SIZE, COVER_SIZE);
  const drawn = drawArt(ctx, params, COVER_SIZE, COVER_SIZE, 0, requested);
  drawCoverWords(ctx, params, COVER_SIZE, COVER_SIZE);
  const sha256 = await sha256Hex(rgba(ctx, COVER_SIZE, COVER_SIZE));
  const png = await canvas.convertToBlob({ type: 'image/png' });
  return { png, width: COVER_SIZE, height: COVER_SIZE, backend: drawn.backend, backendReason: drawn.reason, ms: performance.now() - started, sha256 };
}

/** ANIMATION_FRAMES frames over one loop (time 0, 1/12, … 11/12: frame 12 would be frame 0 again). */
export async function renderAnimation(params: CoverParams, requested: ArtBackend | undefined, control: JobControl): Promise<AnimationResult> {
  const started = performance.now();
  const size = ANIMATION_SIZE;
  const { ctx } = composeCanvas(size, size);
  const frames: ArrayBuffer[] = [];
  let backend: ArtBackend = 'canvas2d';
  for (let frame = 0; frame < ANIMATION_FRAMES; frame++) {
    await control.checkpoint();
    backend = drawArt(ctx, params, size, size, frame / ANIMATION_FRAMES, requested).backend;
    drawCoverWords(ctx, params, size, size);
    frames.push(rgba(ctx, size, size).buffer);
    control.progress(frame + 1, ANIMATION_FRAMES);
  }
  await control.checkpoint();
  const blob = encodeApng(frames, size, size);
  return { blob, frames: frames.length, width: size, height: size, backend, ms: performance.now() - started };
}

export async function renderCard(content: ShareCardContent, size: ShareCardSize, background: CoverParams | undefined): Promise<CardResult> {
  const started = performance.now();
  const { width, height } = SHARE_CARD_DIMENSIONS[size];
  const { canvas, ctx } = composeCanvas(width, height);
  const backend = background ? drawArt(ctx, background, width, height, 0).backend : 'canvas2d';
  if (!background) drawPaletteBackground(ctx, content.palette, width, height);
  drawCardWords(ctx, content, size, width, height);
  const sha256 = await sha256Hex(rgba(ctx, width, height));
  const png = await canvas.convertToBlob({ type: 'image/png' });
  return { png, width, height, backend, ms: performance.now() - started, sha256 };
}
