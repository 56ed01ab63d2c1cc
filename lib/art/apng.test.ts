import UPNG from 'upng-js';
import { describe, expect, it } from 'vitest';
import { ANIMATION_COLOURS, encodeApng, FRAME_DELAY_MS } from './apng';
import { ANIMATION_FRAMES } from './types';

/** A frame of one flat colour that shifts with the frame index, plus a gradient row so frames differ in content. */
function frame(index: number, size: number): ArrayBuffer {
  const pixels = new Uint8Array(size * size * 4);
  for (let pixel = 0; pixel < size * size; pixel++) {
    pixels.set([(index * 20) % 256, (pixel % size) * 8, 255 - index * 10, 255], pixel * 4);
  }
  return pixels.buffer;
}

describe('encodeApng', () => {
  it('writes an APNG with every frame and the frame delay, looping', async () => {
    const frames = Array.from({ length: ANIMATION_FRAMES }, (_, index) => frame(index, 16));
    const blob = encodeApng(frames, 16, 16);
    expect(blob.type).toBe('image/png');
    const decoded = UPNG.decode(new Uint8Array(await blob.arrayBuffer()));
    expect([decoded.width, decoded.height]).toEqual([16, 16]);
    expect(decoded.frames).toHaveLength(ANIMATION_FRAMES);
    expect(decoded.frames.every((entry) => entry.delay === FRAME_DELAY_MS)).toBe(true);
    // acTL num_plays 0 = forever.
    expect(decoded.tabs.acTL).toEqual({ num_frames: ANIMATION_FRAMES, num_plays: 0 });
    // Quantised: a palette image (colour type 3) of at most ANIMATION_COLOURS entries.
    expect(decoded.ctype).toBe(3);
    expect((decoded.tabs.PLTE as number[]).length / 3).toBeLessThanOrEqual(ANIMATION_COLOURS);
  });

  it('keeps the pixels of every frame (close to the source after quantising)', async () => {
    const frames = Array.from({ length: ANIMATION_FRAMES }, (_, index) => frame(index, 16));
    const decoded = UPNG.decode(new Uint8Array(await encodeApng(frames, 16, 16).arrayBuffer()));
    const rgba = UPNG.toRGBA8(decoded);
    expect(rgba).toHaveLength(ANIMATION_FRAMES);
    const first = new Uint8Array(rgba[5]!);
    const source = new Uint8Array(frames[5]!);
    let worst = 0;
    for (let index = 0; index < source.length; index++) worst = Math.max(worst, Math.abs(first[index]! - source[index]!));
    expect(worst).toBeLessThanOrEqual(8);
  });
});
