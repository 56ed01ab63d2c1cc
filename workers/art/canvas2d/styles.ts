/**
 * The Canvas2D fallback of each cover style, for browsers without WebGL2: the same palette,
 * orbs, rings, grid and motif as the shaders, drawn with gradients, paths and glow. Only
 * seeded numbers and the loop phase move anything, so a fallback cover is deterministic too.
 */
import type { CoverParams } from '@/lib/art/params';
import type { CoverStyle } from '@/lib/art/types';
import { hexToRgb, withAlpha } from '../colour';
import { strokeMotif } from './motif';
import { enterCoverSpace, loopOffset, orbCentre, TAU, unitsPerPixel, type Ctx2d } from './space';

type StyleDrawer = (ctx: Ctx2d, params: CoverParams, width: number, height: number, time: number) => void;

const colour = (params: CoverParams, index: number) => params.palette[index % params.palette.length]!;

function fillBackground(ctx: Ctx2d, params: CoverParams, width: number, height: number, inner: string): void {
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  const gradient = ctx.createRadialGradient(width / 2, height / 2, 0, width / 2, height / 2, Math.hypot(width, height) / 2);
  gradient.addColorStop(0, inner);
  gradient.addColorStop(1, colour(params, 0));
  ctx.fillStyle = gradient;
  ctx.fillRect(0, 0, width, height);
}

const neon: StyleDrawer = (ctx, params, width, height, time) => {
  fillBackground(ctx, params, width, height, withAlpha(colour(params, 1), 0.35));
  enterCoverSpace(ctx, params, width, height);
  const px = unitsPerPixel(params, width, height);
  // Perspective floor: rows crowd towards the horizon, and scroll one row per loop.
  const horizon = 0.12;
  ctx.strokeStyle = colour(params, 3);
  ctx.shadowColor = colour(params, 3);
  ctx.shadowBlur = 12;
  ctx.lineWidth = 2 * px;
  ctx.beginPath();
  for (let row = 0; row < 14; row++) {
    const y = horizon + 0.08 / (14 - row - time + 0.5);
    ctx.moveTo(-1, y);
    ctx.lineTo(1, y);
  }
  const columns = Math.round(params.gridLines / 2);
  for (let column = -columns; column <= columns; column++) {
    ctx.moveTo(column * 0.02, horizon);
    ctx.lineTo(column * 0.25, 1);
  }
  ctx.stroke();
  for (let index = 0; index < params.orbs.length; index++) {
    const [x, y] = orbCentre(params, index, time);
    const orb = params.orbs[index]!;
    ctx.strokeStyle = ctx.shadowColor = colour(params, orb.colour);
    ctx.shadowBlur = 24;
    ctx.lineWidth = 4 * px;
    ctx.beginPath();
    ctx.arc(x, y, orb.radius, 0, TAU);
    ctx.stroke();
    ctx.lineWidth = 1.5 * px;
    for (let ring = 1; ring < Math.min(params.rings, 6); ring++) {
      ctx.beginPath();
      ctx.arc(x, y, (orb.radius * ring) / Math.min(params.rings, 6), 0, TAU);
      ctx.stroke();
    }
  }
  ctx.strokeStyle = ctx.shadowColor = colour(params, 4);
  ctx.lineWidth = 3 * px;
  strokeMotif(ctx, params, 7, loopOffset(0.015, time));
  ctx.shadowBlur = 0;
};

const hologram: StyleDrawer = (ctx, params, width, height, time) => {
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  const foil = ctx.createLinearGradient(0, 0, width, height);
  [1, 3, 2, 4, 1].forEach((index, stop) => foil.addColorStop(stop / 4, colour(params, index)));
  ctx.fillStyle = foil;
  ctx.fillRect(0, 0, width, height);
  const sheen = ctx.createConicGradient(TAU * time, width / 2, height / 2);
  ['#ff00cc', '#00e5ff', '#aaff00', '#ffcc00', '#ff00cc'].forEach((hue, stop) => sheen.addColorStop(stop / 4, hue));
  ctx.globalAlpha = 0.3;
  ctx.fillStyle = sheen;
  ctx.fillRect(0, 0, width, height);
  ctx.globalAlpha = 1;
  enterCoverSpace(ctx, params, width, height);
  const px = unitsPerPixel(params, width, height);
  for (let index = 0; index < params.orbs.length; index++) {
    const [x, y] = orbCentre(params, index, time);
    const orb = params.orbs[index]!;
    const bubble = ctx.createRadialGradient(x, y, orb.radius * 0.2, x, y, orb.radius);
    bubble.addColorStop(0, 'rgba(255, 255, 255, 0.05)');
    bubble.addColorStop(0.8, withAlpha(colour(params, orb.colour), 0.35));
    bubble.addColorStop(1, 'rgba(255, 255, 255, 0.9)');
    ctx.fillStyle = bubble;
    ctx.beginPath();
    ctx.arc(x, y, orb.radius, 0, TAU);
    ctx.fill();
  }
  ctx.strokeStyle = 'rgba(255, 255, 255, 0.18)';
  ctx.lineWidth = 2 * px;
  for (let ring = 1; ring <= params.rings; ring++) {
    ctx.beginPath();
    ctx.arc(0, 0, (ring / params.rings) * 0.7 + 0.02 * Math.sin(TAU * time), 0, TAU);
    ctx.stroke();
  }
  ctx.strokeStyle = 'rgba(255, 255, 255, 0.7)';
  strokeMotif(ctx, params, 6);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.fillStyle = 'rgba(0, 0, 0, 0.12)';
  for (let y = 0; y < height; y += 4) ctx.fillRect(0, y, width, 2);
};

const glitch: StyleDrawer = (ctx, params, width, height, time) => {
  const scratch = new OffscreenCanvas(width, height);
  const base = scratch.getContext('2d')!;
  fillBackground(base, params, width, height, colour(params, 1));
  enterCoverSpace(base, params, width, height);
  const step = Math.floor(time * 4);
  for (let index = 0; index < params.orbs.length; index++) {
    const [x, y] = orbCentre(params, index, time);
    const orb = params.orbs[index]!;
    for (let ring = params.rings; ring > 0; ring--) {
      base.fillStyle = colour(params, ring % 2 === 0 ? orb.colour : 0);
      base.fillRect(x - (orb.radius * ring) / params.rings, y - (orb.radius * ring) / params.rings, (2 * orb.radius * ring) / params.rings, (2 * orb.radius * ring) / params.rings);
    }
  }
  base.strokeStyle = colour(params, 4);
  base.lineWidth = 4 * unitsPerPixel(params, width, height);
  strokeMotif(base, params, 8);
  // Bands that jump sideways (four patterns per loop), then a red/blue channel split on top.
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  const bands = 12 + params.gridLines;
  const bandHeight = Math.ceil(height / bands);
  for (let band = 0; band < bands; band++) {
    const jumps = Math.sin((band + 1) * 12.9898 + step * 78.233 + params.seed) * 43758.5453;
    const shift = jumps - Math.floor(jumps) > 0.75 ? Math.round((jumps % 1) * 0.2 * width * (0.5 + params.energy)) : 0;
    ctx.drawImage(scratch, 0, band * bandHeight, width, bandHeight, shift, band * bandHeight, width, bandHeight);
  }
  const split = Math.round(width * (0.006 + 0.012 * params.energy));
  ctx.globalCompositeOperation = 'screen';
  ctx.globalAlpha = 0.35;
  ctx.drawImage(scratch, split, 0);
  ctx.drawImage(scratch, -split, 0);
  ctx.globalAlpha = 1;
  ctx.globalCompositeOperation = 'source-over';
  ctx.fillStyle = 'rgba(0, 0, 0, 0.18)';
  for (let y = 0; y < height; y += 4) ctx.fillRect(0, y, width, 2);
};

/** The plasma field at 1/8 resolution, upscaled smoothly: per-pixel sines are too slow on a CPU at full size. */
const plasma: StyleDrawer = (ctx, params, width, height, time) => {
  const w = Math.ceil(width / 8);
  const h = Math.ceil(height / 8);
  const field = new ImageData(w, h);
  const stops = params.palette.map(hexToRgb);
  const t = TAU * time;
  const scale = Math.min(w, h);
  for (let row = 0; row < h; row++) {
    for (let column = 0; column < w; column++) {
      const x = (column - w / 2) / scale / params.composition.zoom;
      const y = (row - h / 2) / scale / params.composition.zoom;
      const v = Math.sin(x * 8 + t) + Math.sin(y * 7 - t + params.noiseOffset[0]) + Math.sin((x + y) * 6 + Math.sin(t) * 2) + Math.sin(Math.hypot(x * 9 + Math.sin(t), y * 9 + Math.cos(t)) - t);
      const shade = ((0.5 + 0.125 * v) * (0.8 + 0.4 * params.energy)) % 1;
      const position = Math.min(0.999, Math.max(0, shade * 0.9 + 0.1)) * 4;
      const low = stops[Math.floor(position)]!;
      const high = stops[Math.floor(position) + 1]!;
      const mix = position - Math.floor(position);
      const offset = (row * w + column) * 4;
      for (let channel = 0; channel < 3; channel++) field.data[offset + channel] = Math.round((low[channel]! + (high[channel]! - low[channel]!) * mix) * 255);
      field.data[offset + 3] = 255;
    }
  }
  const small = new OffscreenCanvas(w, h);
  small.getContext('2d')!.putImageData(field, 0, 0);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.imageSmoothingEnabled = true;
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(small, 0, 0, width, height);
  enterCoverSpace(ctx, params, width, height);
  for (let index = 0; index < params.orbs.length; index++) {
    const [x, y] = orbCentre(params, index, time);
    const orb = params.orbs[index]!;
    const blob = ctx.createRadialGradient(x, y, 0, x, y, orb.radius * 1.4);
    blob.addColorStop(0, withAlpha(colour(params, 4), 0.8));
    blob.addColorStop(0.6, withAlpha(colour(params, orb.colour), 0.5));
    blob.addColorStop(1, withAlpha(colour(params, orb.colour), 0));
    ctx.fillStyle = blob;
    ctx.fillRect(x - orb.radius * 1.4, y - orb.radius * 1.4, orb.radius * 2.8, orb.radius * 2.8);
  }
  ctx.strokeStyle = withAlpha(colour(params, 0), 0.75);
  ctx.lineWidth = 4 * unitsPerPixel(params, width, height);
  strokeMotif(ctx, params, 6);
};

const ethereal: StyleDrawer = (ctx, params, width, height, time) => {
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  const sky = ctx.createLinearGradient(0, 0, 0, height);
  sky.addColorStop(0, colour(params, 1));
  sky.addColorStop(1, colour(params, 0));
  ctx.fillStyle = sky;
  ctx.fillRect(0, 0, width, height);
  enterCoverSpace(ctx, params, width, height);
  const soft = (x: number, y: number, radius: number, hex: string, alpha: number) => {
    const glow = ctx.createRadialGradient(x, y, 0, x, y, radius);
    glow.addColorStop(0, withAlpha(hex, alpha));
    glow.addColorStop(1, withAlpha(hex, 0));
    ctx.fillStyle = glow;
    ctx.fillRect(x - radius, y - radius, radius * 2, radius * 2);
  };
  // Mist: large soft clouds drifting on the loop.
  for (let cloud = 0; cloud < 6; cloud++) {
    const [dx, dy] = loopOffset(0.04, time + cloud / 6);
    soft(Math.cos(cloud * 2.4 + params.noiseOffset[0]) * 0.4 + dx, Math.sin(cloud * 1.7 + params.noiseOffset[1]) * 0.4 + dy, 0.45, colour(params, 3 + (cloud % 2)), 0.35);
  }
  for (let index = 0; index < params.orbs.length; index++) {
    const [x, y] = orbCentre(params, index, time);
    const orb = params.orbs[index]!;
    soft(x, y, orb.radius * 1.8, colour(params, orb.colour), 0.7);
    ctx.strokeStyle = withAlpha(colour(params, 4), 0.25);
    ctx.lineWidth = 2 * unitsPerPixel(params, width, height);
    ctx.beginPath();
    ctx.arc(x, y, orb.radius * (1 + 0.05 * params.rings), 0, TAU);
    ctx.stroke();
  }
  ctx.strokeStyle = 'rgba(255, 255, 255, 0.4)';
  ctx.lineWidth = 3 * unitsPerPixel(params, width, height);
  strokeMotif(ctx, params, 5);
  for (let spark = 0; spark < 40; spark++) {
    const phase = (spark * 0.618) % 1;
    const twinkle = 0.5 + 0.5 * Math.sin(TAU * (time + phase));
    soft(((spark * 0.379) % 1) - 0.5, ((spark * 0.731) % 1) - 0.5, 0.008, '#ffffff', twinkle);
  }
};

export const CANVAS2D_STYLES: Record<CoverStyle, StyleDrawer> = { neon, hologram, glitch, plasma, ethereal };

/** Draws the cover art (no words) with Canvas2D onto `ctx` at width × height for loop phase `time`. */
export function drawCanvas2dCover(ctx: Ctx2d, params: CoverParams, width: number, height: number, time: number): void {
  ctx.save();
  CANVAS2D_STYLES[params.style](ctx, params, width, height, time);
  ctx.restore();
  ctx.setTransform(1, 0, 0, 1, 0, 0);
}
