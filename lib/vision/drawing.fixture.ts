/**
 * A tiny anti-aliased rasteriser for the vision tests and the benchmark: scenes drawn here, in
 * RGBA like a canvas gives, so the real models see images nobody had to ship. Each shape is
 * painted with its coverage of a 4×4 grid of samples per pixel.
 */
import type { RgbaImage } from './pixels';

type Rgb = readonly [number, number, number];
type Inside = (x: number, y: number) => boolean;

const SAMPLES = 4;

export class Drawing implements RgbaImage {
  readonly data: Uint8ClampedArray;

  constructor(
    readonly width: number,
    readonly height: number,
    background: Rgb = [255, 255, 255],
  ) {
    this.data = new Uint8ClampedArray(width * height * 4);
    for (let p = 0; p < this.data.length; p += 4) this.data.set([...background, 255], p);
  }

  /** Paints `colour` where `inside` holds, within the bounding box [x0, x1) × [y0, y1). */
  private paint(colour: Rgb, inside: Inside, x0: number, y0: number, x1: number, y1: number): this {
    const left = Math.max(0, Math.floor(x0));
    const top = Math.max(0, Math.floor(y0));
    const right = Math.min(this.width, Math.ceil(x1));
    const bottom = Math.min(this.height, Math.ceil(y1));
    for (let y = top; y < bottom; y++) {
      for (let x = left; x < right; x++) {
        let hits = 0;
        for (let sy = 0; sy < SAMPLES; sy++) for (let sx = 0; sx < SAMPLES; sx++) if (inside(x + (sx + 0.5) / SAMPLES, y + (sy + 0.5) / SAMPLES)) hits++;
        if (hits === 0) continue;
        const cover = hits / (SAMPLES * SAMPLES);
        const p = (y * this.width + x) * 4;
        for (let c = 0; c < 3; c++) this.data[p + c] = this.data[p + c]! * (1 - cover) + colour[c]! * cover;
      }
    }
    return this;
  }

  rect(x: number, y: number, w: number, h: number, colour: Rgb): this {
    return this.paint(colour, (px, py) => px >= x && px < x + w && py >= y && py < y + h, x, y, x + w, y + h);
  }

  circle(cx: number, cy: number, r: number, colour: Rgb): this {
    return this.paint(colour, (px, py) => (px - cx) ** 2 + (py - cy) ** 2 <= r * r, cx - r, cy - r, cx + r, cy + r);
  }

  /** A filled polygon (even-odd rule). */
  polygon(points: readonly (readonly [number, number])[], colour: Rgb): this {
    const xs = points.map(([x]) => x);
    const ys = points.map(([, y]) => y);
    const inside: Inside = (px, py) => {
      let odd = false;
      for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
        const [xi, yi] = points[i]!;
        const [xj, yj] = points[j]!;
        if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) odd = !odd;
      }
      return odd;
    };
    return this.paint(colour, inside, Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys));
  }

  /** A thick line segment with round ends. */
  line(x0: number, y0: number, x1: number, y1: number, thickness: number, colour: Rgb): this {
    const dx = x1 - x0;
    const dy = y1 - y0;
    const length2 = dx * dx + dy * dy || 1;
    const r = thickness / 2;
    const inside: Inside = (px, py) => {
      const t = Math.min(1, Math.max(0, ((px - x0) * dx + (py - y0) * dy) / length2));
      return (px - x0 - t * dx) ** 2 + (py - y0 - t * dy) ** 2 <= r * r;
    };
    return this.paint(colour, inside, Math.min(x0, x1) - r, Math.min(y0, y1) - r, Math.max(x0, x1) + r, Math.max(y0, y1) + r);
  }

  /** Every pixel from `colour(x, y)`: gradients and textures. */
  fill(colour: (x: number, y: number) => Rgb): this {
    for (let y = 0; y < this.height; y++) {
      for (let x = 0; x < this.width; x++) this.data.set(colour(x, y), (y * this.width + x) * 4);
    }
    return this;
  }
}

const SIZE = 512;

/** A sky-to-sea vertical gradient. */
export function gradient(): Drawing {
  return new Drawing(SIZE, SIZE).fill((_x, y) => [40 + (y / SIZE) * 120, 90 + (y / SIZE) * 100, 200 - (y / SIZE) * 80]);
}

/** A bar chart on white with axes and grid lines. */
export function barChart(): Drawing {
  const chart = new Drawing(SIZE, SIZE);
  for (let y = 80; y <= 440; y += 60) chart.rect(60, y, 420, 1, [225, 225, 225]);
  [180, 260, 120, 320, 230, 290].forEach((h, i) => chart.rect(80 + i * 66, 440 - h, 44, h, i % 2 ? [242, 142, 43] : [78, 121, 167]));
  return chart.rect(58, 60, 3, 382, [60, 60, 60]).rect(58, 440, 424, 3, [60, 60, 60]);
}

/** A page of "text": dark stripes of word-like dashes on white. */
export function textPage(): Drawing {
  const page = new Drawing(SIZE, SIZE);
  let seed = 7;
  const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (let y = 40; y < 470; y += 22) {
    let x = 40;
    while (x < 460) {
      const word = 12 + Math.floor(next() * 50);
      page.rect(x, y, Math.min(word, 472 - x), 9, [45, 45, 50]);
      x += word + 8;
    }
  }
  return page;
}

/** A child's house: sky, grass, walls, roof, door, window, sun. */
export function house(): Drawing {
  return new Drawing(SIZE, SIZE, [150, 200, 245])
    .rect(0, 380, SIZE, 132, [90, 170, 80])
    .circle(420, 90, 45, [250, 210, 60])
    .rect(130, 230, 250, 180, [210, 120, 90])
    .polygon([[110, 235], [255, 110], [400, 235]], [150, 50, 50])
    .rect(230, 320, 50, 90, [100, 60, 40])
    .rect(160, 260, 50, 45, [200, 230, 255])
    .rect(310, 260, 50, 45, [200, 230, 255]);
}

/** A stop sign on a pole: red octagon, white rim, four white blocks for the letters. CenterNet knows this one. */
export function stopSign(): Drawing {
  const octagon = (radius: number) =>
    Array.from({ length: 8 }, (_, i) => {
      const angle = Math.PI / 8 + (i * Math.PI) / 4;
      return [256 + radius * Math.cos(angle), 220 + radius * Math.sin(angle)] as const;
    });
  const sign = new Drawing(SIZE, SIZE, [180, 210, 230]).rect(248, 330, 16, 182, [120, 120, 120]).polygon(octagon(150), [255, 255, 255]).polygon(octagon(135), [200, 20, 30]);
  for (let i = 0; i < 4; i++) sign.rect(160 + i * 50, 195, 36, 50, [255, 255, 255]);
  return sign;
}
