/** The motif glyphs as Canvas2D paths, tiled over the cover with the params' density. */
import { Rng } from '@/lib/demo/prng';
import type { MotifFamily } from '@/lib/art/motifs';
import type { CoverParams } from '@/lib/art/params';
import { TAU, type Ctx2d } from './space';

/** Adds one glyph centred at (x, y) with half-size h to the current path. */
function glyphPath(ctx: Ctx2d, family: MotifFamily, x: number, y: number, h: number, variant: number): void {
  const flip = variant > 0.5 ? -1 : 1;
  switch (family) {
    case 'brackets':
      ctx.moveTo(x - 0.1 * h * flip, y - 0.5 * h);
      ctx.lineTo(x - 0.56 * h * flip, y);
      ctx.lineTo(x - 0.1 * h * flip, y + 0.5 * h);
      ctx.moveTo(x + 0.5 * h * flip, y - 0.6 * h);
      ctx.lineTo(x + 0.1 * h * flip, y + 0.6 * h);
      break;
    case 'moons':
      ctx.moveTo(x + 0.52 * h, y);
      ctx.arc(x, y, 0.52 * h, 0, TAU * 0.75);
      ctx.arc(x + 0.2 * h * flip, y - 0.2 * h, 0.4 * h, TAU * 0.75, 0, true);
      break;
    case 'waves':
      ctx.moveTo(x - h, y);
      for (let step = 1; step <= 12; step++) ctx.lineTo(x - h + (step / 6) * h, y + 0.24 * h * Math.sin(step + variant * TAU));
      break;
    case 'rings':
      ctx.moveTo(x + (0.56 - 0.2 * variant) * h, y);
      ctx.arc(x, y, (0.56 - 0.2 * variant) * h, 0, TAU);
      break;
    case 'stars':
      ctx.moveTo(x, y - 0.6 * h);
      ctx.lineTo(x, y + 0.6 * h);
      ctx.moveTo(x - 0.6 * h, y);
      ctx.lineTo(x + 0.6 * h, y);
      break;
    case 'grid':
      ctx.moveTo(x - h, y);
      ctx.lineTo(x + h, y);
      ctx.moveTo(x, y - h);
      ctx.lineTo(x, y + h);
      break;
    case 'rays':
      ctx.moveTo(x, y);
      ctx.lineTo(x + 0.7 * h * Math.cos(variant * TAU), y + 0.7 * h * Math.sin(variant * TAU));
      break;
    case 'prisms':
      ctx.moveTo(x, y - 0.5 * h);
      ctx.lineTo(x + 0.45 * h, y + 0.3 * h);
      ctx.lineTo(x - 0.45 * h, y + 0.3 * h);
      ctx.closePath();
      break;
    case 'orbs':
      ctx.moveTo(x + (0.12 + 0.12 * variant) * h, y);
      ctx.arc(x, y, (0.12 + 0.12 * variant) * h, 0, TAU);
  }
}

/** Strokes glyphs on a `cells` × `cells` grid over the cover's square, each cell kept with the density's odds. */
export function strokeMotif(ctx: Ctx2d, params: CoverParams, cells: number, offset: [number, number] = [0, 0]): void {
  const rng = Rng.forItem(params.seed, 97);
  const size = 1 / cells;
  ctx.beginPath();
  for (let row = 0; row < cells + 2; row++) {
    for (let column = 0; column < cells + 2; column++) {
      const keep = rng.next() < params.glyphDensity;
      const variant = rng.next();
      if (!keep) continue;
      const x = -0.5 - size + (column + 0.5) * size + offset[0];
      const y = -0.5 - size + (row + 0.5) * size + offset[1];
      glyphPath(ctx, params.motif, x, y, size * 0.5, variant);
    }
  }
  ctx.stroke();
}
