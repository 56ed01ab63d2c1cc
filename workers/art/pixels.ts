/** A 2D canvas to compose on, and the sha256 of what it holds. */

/** willReadFrequently keeps the canvas in CPU memory: fast, exact readbacks for hashing and encoding. */
export function composeCanvas(width: number, height: number): { canvas: OffscreenCanvas; ctx: OffscreenCanvasRenderingContext2D } {
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d', { willReadFrequently: true, alpha: false });
  if (!ctx) throw new Error('This browser gave no 2D canvas context in a worker.');
  return { canvas, ctx };
}

export async function sha256Hex(bytes: BufferSource): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function rgba(ctx: OffscreenCanvasRenderingContext2D, width: number, height: number): Uint8ClampedArray<ArrayBuffer> {
  return ctx.getImageData(0, 0, width, height).data;
}
