/**
 * A tiny RGB raster with the few shapes the demo's pictures need, filled a row span at a time.
 * Pure arithmetic, so the same seed draws the same pixels in Node and in a worker (no canvas).
 */
export type Rgb = readonly [number, number, number];

/** The covered columns [from, to) of row `y` (sampled at the pixel centre), or null. */
type Span = (y: number) => readonly [number, number] | null;

export class Raster {
  readonly data: Uint8Array;

  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.data = new Uint8Array(width * height * 3);
  }

  rect(x: number, y: number, w: number, h: number, color: Rgb, alpha = 1): void {
    this.fill(y, y + h, () => [x, x + w], color, alpha);
  }

  roundRect(x: number, y: number, w: number, h: number, radius: number, color: Rgb, alpha = 1): void {
    const r = Math.min(radius, w / 2, h / 2);
    this.fill(y, y + h, (py) => {
      const dy = Math.max(y + r - py, 0, py - (y + h - r));
      const inset = r - Math.sqrt(Math.max(0, r * r - dy * dy));
      return [x + inset, x + w - inset];
    }, color, alpha);
  }

  ellipse(cx: number, cy: number, rx: number, ry: number, color: Rgb, alpha = 1): void {
    this.fill(cy - ry, cy + ry, (py) => {
      const t = (py - cy) / ry;
      const half = rx * Math.sqrt(Math.max(0, 1 - t * t));
      return [cx - half, cx + half];
    }, color, alpha);
  }

  circle(cx: number, cy: number, r: number, color: Rgb, alpha = 1): void {
    this.ellipse(cx, cy, r, r, color, alpha);
  }

  /** A filled triangle (mountains, trees). */
  triangle(ax: number, ay: number, bx: number, by: number, cx: number, cy: number, color: Rgb, alpha = 1): void {
    const edges = [[ax, ay, bx, by], [bx, by, cx, cy], [cx, cy, ax, ay]] as const;
    this.fill(Math.min(ay, by, cy), Math.max(ay, by, cy), (py) => {
      let from = Infinity;
      let to = -Infinity;
      for (const [x1, y1, x2, y2] of edges) {
        if (py < Math.min(y1, y2) || py > Math.max(y1, y2) || y1 === y2) continue;
        const x = x1 + ((py - y1) / (y2 - y1)) * (x2 - x1);
        from = Math.min(from, x);
        to = Math.max(to, x);
      }
      return from <= to ? [from, to] : null;
    }, color, alpha);
  }

  /** Top-to-bottom blend of two colours over a band of rows. */
  gradient(y: number, h: number, top: Rgb, bottom: Rgb): void {
    for (let row = Math.max(0, Math.floor(y)); row < Math.min(this.height, y + h); row++) {
      const t = h <= 1 ? 0 : (row - y) / (h - 1);
      const color: Rgb = [top[0] + (bottom[0] - top[0]) * t, top[1] + (bottom[1] - top[1]) * t, top[2] + (bottom[2] - top[2]) * t];
      this.rect(0, row, this.width, 1, color);
    }
  }

  private fill(top: number, bottom: number, span: Span, [r, g, b]: Rgb, alpha: number): void {
    const d = this.data;
    for (let y = Math.max(0, Math.floor(top)); y < Math.min(this.height, Math.ceil(bottom)); y++) {
      const centre = y + 0.5;
      if (centre < top || centre >= bottom) continue;
      const covered = span(centre);
      if (!covered) continue;
      // Pixel x is covered when its centre x + 0.5 lies in [from, to).
      const from = Math.max(0, Math.ceil(covered[0] - 0.5));
      const to = Math.min(this.width, Math.ceil(covered[1] - 0.5));
      for (let i = (y * this.width + from) * 3, end = (y * this.width + to) * 3; i < end; i += 3) {
        if (alpha >= 1) {
          d[i] = r;
          d[i + 1] = g;
          d[i + 2] = b;
        } else {
          d[i] = d[i]! + (r - d[i]!) * alpha;
          d[i + 1] = d[i + 1]! + (g - d[i + 1]!) * alpha;
          d[i + 2] = d[i + 2]! + (b - d[i + 2]!) * alpha;
        }
      }
    }
  }
}
