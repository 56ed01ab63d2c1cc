/**
 * Why one image of a batch has no analysis, in words the gallery can show as they stand. A bad
 * image never fails its batch: the others are analysed and this one is reported.
 */

export type VisionImageErrorCode = 'empty-image' | 'unsupported-image' | 'corrupt-image' | 'analysis-failed';

export interface VisionImageError {
  code: VisionImageErrorCode;
  message: string;
}

export class ImageDecodeError extends Error {
  constructor(readonly failure: VisionImageError) {
    super(failure.message);
    this.name = 'ImageDecodeError';
  }
}

/** Formats browsers do not decode (Chrome, Firefox and Safari workers alike), or cannot draw in a worker (SVG). */
const UNDECODABLE = /^image\/(heic|heif|tiff|svg\+xml|x-portable|jxl)/;

function size(bytes: number): string {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1e3))} kB`;
}

/** Checked before decoding: nothing there, or a type no browser here can read. */
export function undecodable(mimeType: string | null, bytes: number): VisionImageError | null {
  if (bytes === 0) return { code: 'empty-image', message: 'The file is empty (0 bytes): the export holds no picture for it.' };
  const type = mimeType?.toLowerCase() ?? '';
  if (UNDECODABLE.test(type)) return { code: 'unsupported-image', message: `${type} images cannot be decoded in the browser, so this one was not analysed.` };
  if (type && !type.startsWith('image/')) return { code: 'unsupported-image', message: `This asset is ${type}, not an image.` };
  return null;
}

/** The decoder refused the bytes: damaged, truncated, or not the format its name says. */
export function corruptImage(mimeType: string | null, bytes: number): VisionImageError {
  return { code: 'corrupt-image', message: `The image could not be decoded: the file (${mimeType || 'unknown type'}, ${size(bytes)}) is damaged, cut short or not an image.` };
}

export function analysisFailed(error: unknown): VisionImageError {
  return { code: 'analysis-failed', message: `The models could not analyse this image: ${error instanceof Error ? error.message : String(error)}` };
}
