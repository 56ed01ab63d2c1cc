/**
 * Pixels in, model input and image statistics out. Pure: the worker gets RGBA from an
 * OffscreenCanvas, the tests and the benchmark draw it themselves.
 */

/** Canvas-style pixels: 4 bytes per pixel, row-major. */
export interface RgbaImage {
  data: Uint8ClampedArray | Uint8Array;
  width: number;
  height: number;
}

function checkSize(image: RgbaImage): void {
  if (image.data.length !== image.width * image.height * 4) {
    throw new Error(`RGBA image of ${image.width}×${image.height} needs ${image.width * image.height * 4} bytes, got ${image.data.length}.`);
  }
}

/** Transparent pixels are shown over white, as a browser shows a transparent PNG on a light page. */
function over(colour: number, alpha: number): number {
  return alpha === 255 ? colour : (colour * alpha + 255 * (255 - alpha)) / 255;
}

/** H×W×3 floats in 0..255, row-major (a model's NHWC input without the batch). */
export interface RgbImage {
  data: Float32Array;
  width: number;
  height: number;
}

/** RGBA bytes → RGB floats, alpha composited over white. */
export function rgbaToRgb(image: RgbaImage): RgbImage {
  checkSize(image);
  const { data } = image;
  const out = new Float32Array(image.width * image.height * 3);
  for (let p = 0, o = 0; p < data.length; p += 4, o += 3) {
    const alpha = data[p + 3]!;
    out[o] = over(data[p]!, alpha);
    out[o + 1] = over(data[p + 1]!, alpha);
    out[o + 2] = over(data[p + 2]!, alpha);
  }
  return { data: out, width: image.width, height: image.height };
}

export interface PixelStats {
  /**
   * Share of horizontally adjacent pixels of exactly the same colour. Interfaces, charts and
   * rendered pages are mostly flat fills (≈ 0.8–1 at 512×512); camera photos almost never repeat
   * a pixel exactly, even scaled down (≈ 0–0.2 on the photos we tried).
   */
  flatShare: number;
  /** Share of near-white pixels (every channel ≥ 235): pages and light interfaces. */
  lightShare: number;
}

export function pixelStats(image: RgbImage): PixelStats {
  const { data: rgb, width, height } = image;
  let flat = 0;
  let light = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * 3;
      if (rgb[o]! >= 235 && rgb[o + 1]! >= 235 && rgb[o + 2]! >= 235) light++;
      if (x > 0 && rgb[o] === rgb[o - 3] && rgb[o + 1] === rgb[o - 2] && rgb[o + 2] === rgb[o - 1]) flat++;
    }
  }
  const pairs = (width - 1) * height;
  return { flatShare: pairs > 0 ? flat / pairs : 0, lightShare: light / (width * height) };
}

/** RGB floats → bytes (rounded, clamped), for libraries that take 8-bit images. */
export function rgbBytes(image: RgbImage): Uint8ClampedArray {
  return Uint8ClampedArray.from(image.data);
}
