/**
 * Animated covers as APNG through upng-js (maintained, pure JS: runs in the worker and in Node). Frames are
 * quantised together to one 256-colour palette: the file drops to roughly a quarter of
 * full-colour APNG and every browser that shows PNG animates it; the small banding that costs is
 * hidden by the styles' noise and glow.
 */
import UPNG from 'upng-js';

export const ANIMATION_SIZE = 512;
export const ANIMATION_COLOURS = 256;
/** 12 frames at 125 ms: one loop every 1.5 s. */
export const FRAME_DELAY_MS = 125;

export function encodeApng(frames: ArrayBuffer[], width: number, height: number): Blob {
  const bytes = UPNG.encode(frames, width, height, ANIMATION_COLOURS, frames.map(() => FRAME_DELAY_MS));
  return new Blob([bytes], { type: 'image/png' });
}
