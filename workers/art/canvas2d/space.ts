/**
 * Cover space for the Canvas2D styles, matching the shaders: centred, y down, the short side
 * spans 1, the variation's rotation, shift and zoom applied; orbs on the same loop orbits.
 */
import type { CoverParams } from '@/lib/art/params';

export const TAU = Math.PI * 2;

export type Ctx2d = OffscreenCanvasRenderingContext2D;

/** Sets the transform so that drawing in cover units lands where the shaders put it. */
export function enterCoverSpace(ctx: Ctx2d, params: CoverParams, width: number, height: number): void {
  const { angle, shiftX, shiftY, zoom } = params.composition;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.translate(width / 2, height / 2);
  ctx.scale(Math.min(width, height), Math.min(width, height));
  ctx.translate(shiftX, shiftY);
  ctx.rotate(-angle);
  ctx.scale(zoom, zoom);
}

/** The pixel size of one cover unit, for line widths. */
export function unitsPerPixel(params: CoverParams, width: number, height: number): number {
  return 1 / (Math.min(width, height) * params.composition.zoom);
}

export function orbCentre(params: CoverParams, index: number, time: number): [number, number] {
  const orb = params.orbs[index]!;
  const reach = 0.02 + 0.03 * params.energy;
  const turn = TAU * (time + orb.phase);
  return [orb.x - 0.5 + reach * Math.cos(turn), orb.y - 0.5 + reach * Math.sin(turn)];
}

/** A point on the loop circle (radius r) at this time. */
export function loopOffset(radius: number, time: number): [number, number] {
  return [radius * Math.cos(TAU * time), radius * Math.sin(TAU * time)];
}
