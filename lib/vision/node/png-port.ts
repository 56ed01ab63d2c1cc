/**
 * The Node stand-in for the worker's decoder (createImageBitmap + OffscreenCanvas): PNG through
 * upng-js, stretched to the models' 512×512 by TF.js's bilinear resize. Tests and the benchmark.
 */
import * as tf from '@tensorflow/tfjs-core';
import UPNG from 'upng-js';
import { ANALYSIS_SIZE } from '../bundled-models';
import { corruptImage, ImageDecodeError } from '../image-errors';
import type { DecodedImage } from '../run-batch';

export async function decodePng(blob: Blob, mimeType: string | null): Promise<DecodedImage> {
  if (mimeType !== 'image/png') throw new ImageDecodeError({ code: 'unsupported-image', message: `Node decodes PNG only, not ${mimeType ?? 'an untyped file'}.` });
  let width: number;
  let height: number;
  let rgba: Uint8Array;
  try {
    const image = UPNG.decode(new Uint8Array(await blob.arrayBuffer()));
    ({ width, height } = image);
    rgba = new Uint8Array(UPNG.toRGBA8(image)[0]!);
    if (!(width > 0 && height > 0) || rgba.length !== width * height * 4) throw new Error('no pixels');
  } catch {
    throw new ImageDecodeError(corruptImage(mimeType, blob.size));
  }
  if (width === ANALYSIS_SIZE && height === ANALYSIS_SIZE) return { pixels: { data: rgba, width, height }, width, height };
  const resized = tf.tidy(() => tf.cast(tf.image.resizeBilinear(tf.tensor3d(rgba, [height, width, 4], 'int32'), [ANALYSIS_SIZE, ANALYSIS_SIZE]), 'int32'));
  const data = Uint8Array.from(await resized.data());
  resized.dispose();
  return { pixels: { data, width: ANALYSIS_SIZE, height: ANALYSIS_SIZE }, width, height };
}

/** A drawing (or any RGBA) as PNG bytes, as an upload would carry it. */
export function encodePng(image: { data: Uint8ClampedArray | Uint8Array; width: number; height: number }): Blob {
  const bytes = image.data.buffer.slice(image.data.byteOffset, image.data.byteOffset + image.data.byteLength) as ArrayBuffer;
  return new Blob([UPNG.encode([bytes], image.width, image.height, 0)], { type: 'image/png' });
}
