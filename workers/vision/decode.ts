/**
 * Blob → the models' 512×512 RGBA in the worker: createImageBitmap decodes (EXIF orientation
 * applied), one OffscreenCanvas scales. A file the browser cannot decode is a `corrupt-image`.
 */
import { ANALYSIS_SIZE } from '@/lib/vision/bundled-models';
import { corruptImage, ImageDecodeError } from '@/lib/vision/image-errors';
import type { DecodedImage } from '@/lib/vision/run-batch';

let context: OffscreenCanvasRenderingContext2D | null = null;

function canvas(): OffscreenCanvasRenderingContext2D {
  context ??= new OffscreenCanvas(ANALYSIS_SIZE, ANALYSIS_SIZE).getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('This browser offers no 2D canvas in workers, so images cannot be read.');
  context.imageSmoothingQuality = 'high';
  return context;
}

export async function decodeImage(blob: Blob, mimeType: string | null): Promise<DecodedImage> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(blob);
  } catch {
    throw new ImageDecodeError(corruptImage(mimeType, blob.size));
  }
  try {
    const ctx = canvas();
    // A transparent image must not show the previous one through it.
    ctx.clearRect(0, 0, ANALYSIS_SIZE, ANALYSIS_SIZE);
    ctx.drawImage(bitmap, 0, 0, ANALYSIS_SIZE, ANALYSIS_SIZE);
    const { data } = ctx.getImageData(0, 0, ANALYSIS_SIZE, ANALYSIS_SIZE);
    return { pixels: { data, width: ANALYSIS_SIZE, height: ANALYSIS_SIZE }, width: bitmap.width, height: bitmap.height };
  } finally {
    bitmap.close();
  }
}
