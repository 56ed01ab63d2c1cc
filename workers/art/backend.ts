/**
 * Which renderer draws the art: WebGL2 when this browser gives a context (created once and
 * kept), else Canvas2D, and why. A request may force Canvas2D (tests, the studio's toggle).
 */
import type { CoverParams } from '@/lib/art/params';
import { drawCanvas2dCover } from './canvas2d/styles';
import type { Ctx2d } from './canvas2d/space';
import type { ArtBackend } from './protocol';
import { WebGlCoverRenderer } from './webgl';

let webgl: { renderer: WebGlCoverRenderer } | { error: string } | null = null;

function webglRenderer(): WebGlCoverRenderer | string {
  if (!webgl) {
    try {
      webgl = { renderer: WebGlCoverRenderer.create() };
    } catch (error) {
      webgl = { error: error instanceof Error ? error.message : String(error) };
    }
  }
  return 'renderer' in webgl ? webgl.renderer : webgl.error;
}

export interface ArtDrawn {
  backend: ArtBackend;
  reason: string;
}

/** Draws the cover art (no words) onto `ctx`, filling width × height, at loop phase `time`. */
export function drawArt(ctx: Ctx2d, params: CoverParams, width: number, height: number, time: number, requested?: ArtBackend): ArtDrawn {
  if (requested !== 'canvas2d') {
    const renderer = webglRenderer();
    if (typeof renderer === 'string') {
      if (requested === 'webgl2') throw new Error(`WebGL2 was requested but is unavailable: ${renderer}.`);
      drawCanvas2dCover(ctx, params, width, height, time);
      return { backend: 'canvas2d', reason: `WebGL2 unavailable: ${renderer}` };
    }
    ctx.drawImage(renderer.draw(params, width, height, time), 0, 0);
    return { backend: 'webgl2', reason: requested === 'webgl2' ? 'requested' : 'WebGL2 available' };
  }
  drawCanvas2dCover(ctx, params, width, height, time);
  return { backend: 'canvas2d', reason: 'requested' };
}
