/**
 * The demo's pictures, drawn procedurally from the seeded stream: photos of food, phone
 * screenshots, DALL·E-style landscapes and image-model stickers. Flat shapes compress to a few
 * kilobytes and give the vision models something real to look at (plates, bowls, screens).
 */
import type { Rng } from '../prng';
import { Raster, type Rgb } from './raster';

export type PictureKind = 'food' | 'screenshot' | 'landscape' | 'sticker';

export function drawPicture(kind: PictureKind, rng: Rng, width: number, height: number): Raster {
  const raster = new Raster(width, height);
  switch (kind) {
    case 'food':
      drawFood(raster, rng);
      break;
    case 'screenshot':
      drawScreenshot(raster, rng);
      break;
    case 'landscape':
      drawLandscape(raster, rng);
      break;
    case 'sticker':
      drawSticker(raster, rng);
  }
  return raster;
}

const jitter = (rng: Rng, [r, g, b]: Rgb, amount = 18): Rgb => [r + rng.int(-amount, amount), g + rng.int(-amount, amount), b + rng.int(-amount, amount)].map((v) => Math.max(0, Math.min(255, v))) as unknown as Rgb;

/** A plate on a wooden table, seen from above, with a salad, pasta or breakfast on it. */
function drawFood(r: Raster, rng: Rng): void {
  const { width: w, height: h } = r;
  const wood = jitter(rng, [150, 100, 60]);
  r.gradient(0, h, wood, jitter(rng, [120, 78, 45]));
  for (let y = rng.int(4, 14); y < h; y += rng.int(10, 26)) r.rect(0, y, w, rng.int(1, 3), [90, 55, 30], 0.35);
  const cx = w / 2 + rng.int(-w / 12, w / 12);
  const cy = h / 2 + rng.int(-h / 12, h / 12);
  const radius = Math.min(w, h) * 0.38;
  r.circle(cx + 4, cy + 6, radius, [40, 25, 15], 0.35); // shadow
  r.circle(cx, cy, radius, [245, 245, 240]);
  r.circle(cx, cy, radius * 0.78, [232, 232, 226]);
  const dish = rng.pick(['salad', 'pasta', 'breakfast'] as const);
  const inner = radius * 0.7;
  const spot = () => {
    const angle = rng.next() * Math.PI * 2;
    const distance = Math.sqrt(rng.next()) * inner * 0.8;
    return [cx + Math.cos(angle) * distance, cy + Math.sin(angle) * distance] as const;
  };
  if (dish === 'salad') {
    for (let i = 0; i < 26; i++) {
      const [x, y] = spot();
      r.ellipse(x, y, rng.int(8, 16), rng.int(5, 10), jitter(rng, [70, 150, 60], 25));
    }
    for (let i = 0; i < 6; i++) {
      const [x, y] = spot();
      r.circle(x, y, rng.int(6, 9), jitter(rng, [215, 45, 40]));
      r.circle(x - 2, y - 2, 2, [255, 200, 190]);
    }
    for (let i = 0; i < 10; i++) {
      const [x, y] = spot();
      r.circle(x, y, 3, [240, 210, 60]);
    }
  } else if (dish === 'pasta') {
    for (let i = 0; i < 40; i++) {
      const [x, y] = spot();
      r.ellipse(x, y, rng.int(10, 20), rng.int(3, 5), jitter(rng, [235, 200, 120], 12));
    }
    r.circle(cx, cy, inner * 0.35, [190, 50, 35], 0.9);
    for (let i = 0; i < 5; i++) {
      const [x, y] = spot();
      r.ellipse(x, y, 7, 4, [60, 140, 55]);
    }
  } else {
    r.ellipse(cx - inner * 0.3, cy - inner * 0.1, inner * 0.38, inner * 0.3, [250, 250, 245]);
    r.circle(cx - inner * 0.3, cy - inner * 0.12, inner * 0.13, [250, 180, 30]);
    for (let i = 0; i < 2; i++) r.roundRect(cx + inner * 0.05, cy - inner * 0.35 + i * inner * 0.3, inner * 0.6, inner * 0.16, 5, jitter(rng, [160, 60, 45]));
    r.roundRect(cx - inner * 0.55, cy + inner * 0.3, inner * 0.6, inner * 0.45, 8, [205, 150, 85]);
  }
  // Cutlery beside the plate.
  const side = cx + radius + 10 < w - 12 ? cx + radius + 10 : cx - radius - 22;
  r.roundRect(side, cy - radius * 0.8, 7, radius * 1.6, 3, [190, 192, 198]);
  r.roundRect(side + 12, cy - radius * 0.7, 5, radius * 1.5, 2, [175, 178, 184]);
}

/** A phone screenshot of a chat: status bar, header, bubbles with text lines, an input bar. */
function drawScreenshot(r: Raster, rng: Rng): void {
  const { width: w, height: h } = r;
  const dark = rng.chance(0.4);
  const background: Rgb = dark ? [24, 24, 28] : [250, 250, 252];
  const ink: Rgb = dark ? [210, 210, 215] : [60, 60, 70];
  const accent = rng.pick<Rgb>([[10, 132, 255], [52, 199, 89], [175, 82, 222], [255, 149, 0]]);
  r.rect(0, 0, w, h, background);
  r.rect(8, 6, 22, 5, ink);
  r.roundRect(w - 30, 5, 20, 7, 2, ink);
  const header = Math.round(h * 0.09);
  r.rect(0, 16, w, header, dark ? [36, 36, 42] : [240, 240, 245]);
  r.circle(20, 16 + header / 2, header * 0.3, accent);
  r.roundRect(36, 16 + header / 2 - 4, w * 0.4, 8, 4, ink);
  let y = 16 + header + 10;
  const bottom = h - Math.round(h * 0.1);
  while (y < bottom - 30) {
    const mine = rng.chance(0.5);
    const lines = rng.int(1, 4);
    const bubbleW = w * (0.45 + rng.next() * 0.3);
    const bubbleH = 10 + lines * 10;
    if (y + bubbleH > bottom - 10) break;
    const x = mine ? w - bubbleW - 8 : 8;
    r.roundRect(x, y, bubbleW, bubbleH, 8, mine ? accent : dark ? [58, 58, 64] : [229, 229, 234]);
    for (let line = 0; line < lines; line++) {
      const lineW = (bubbleW - 16) * (line === lines - 1 ? 0.4 + rng.next() * 0.5 : 0.85 + rng.next() * 0.15);
      r.roundRect(x + 8, y + 7 + line * 10, lineW, 4, 2, mine ? [255, 255, 255] : ink, 0.8);
    }
    y += bubbleH + rng.int(6, 12);
  }
  r.rect(0, bottom, w, h - bottom, dark ? [36, 36, 42] : [240, 240, 245]);
  r.roundRect(10, bottom + 8, w - 50, (h - bottom) * 0.45, 10, background);
  r.circle(w - 22, bottom + 8 + (h - bottom) * 0.22, 9, accent);
}

/** A painterly landscape: sky gradient, a sun, layered mountains, water or meadow, a few trees. */
function drawLandscape(r: Raster, rng: Rng): void {
  const { width: w, height: h } = r;
  const palette = rng.pick<[Rgb, Rgb, Rgb]>([
    [[255, 140, 90], [255, 214, 150], [250, 235, 180]],
    [[30, 40, 90], [120, 90, 170], [250, 230, 200]],
    [[90, 170, 230], [190, 225, 245], [255, 250, 210]],
  ]);
  const horizon = h * (0.55 + rng.next() * 0.1);
  r.gradient(0, horizon, palette[0], palette[1]);
  r.circle(w * (0.2 + rng.next() * 0.6), horizon * (0.3 + rng.next() * 0.3), w * 0.08, palette[2]);
  const ranges = rng.int(2, 3);
  for (let layer = 0; layer < ranges; layer++) {
    const shade = 40 + layer * 35;
    const color: Rgb = [shade + rng.int(0, 30), shade + 20 + rng.int(0, 30), shade + 60 + rng.int(0, 30)];
    for (let x = -w * 0.2; x < w * 1.2; x += w * (0.2 + rng.next() * 0.2)) {
      const peak = horizon - h * (0.12 + rng.next() * 0.2) / (layer + 1);
      const half = w * (0.15 + rng.next() * 0.15);
      r.triangle(x - half, horizon, x, peak, x + half, horizon, color);
    }
  }
  const water = rng.chance(0.5);
  r.gradient(horizon, h - horizon, water ? [70, 120, 170] : [90, 150, 70], water ? [30, 70, 120] : [50, 110, 45]);
  if (water) return;
  for (let i = 0; i < rng.int(2, 6); i++) {
    const x = rng.int(0, w);
    const base = horizon + rng.int(5, Math.max(6, Math.round(h - horizon - 5)));
    r.triangle(x - 8, base, x, base - rng.int(20, 40), x + 8, base, [25, 70, 40]);
  }
}

/** An image-model sticker: a round character on a pastel background. */
function drawSticker(r: Raster, rng: Rng): void {
  const { width: w, height: h } = r;
  r.rect(0, 0, w, h, jitter(rng, [235, 225, 245], 15));
  const cx = w / 2;
  const cy = h / 2;
  const size = Math.min(w, h) * 0.34;
  r.circle(cx, cy, size + 8, [255, 255, 255]);
  const body = jitter(rng, rng.pick<Rgb>([[255, 190, 80], [120, 200, 160], [140, 170, 255], [255, 150, 170]]), 10);
  r.circle(cx, cy, size, body);
  r.circle(cx - size * 0.35, cy - size * 0.15, size * 0.14, [40, 40, 50]);
  r.circle(cx + size * 0.35, cy - size * 0.15, size * 0.14, [40, 40, 50]);
  r.circle(cx - size * 0.31, cy - size * 0.2, size * 0.05, [255, 255, 255]);
  r.circle(cx + size * 0.39, cy - size * 0.2, size * 0.05, [255, 255, 255]);
  r.ellipse(cx, cy + size * 0.3, size * 0.3, size * 0.18, [120, 40, 50]);
  r.ellipse(cx, cy + size * 0.2, size * 0.34, size * 0.14, body);
  r.circle(cx - size * 0.6, cy + size * 0.15, size * 0.1, [255, 130, 130], 0.5);
  r.circle(cx + size * 0.6, cy + size * 0.15, size * 0.1, [255, 130, 130], 0.5);
}
