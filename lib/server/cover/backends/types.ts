/** One interface over the diffusion engines a deployer may run; each returns PNG bytes. */
import type { DiffusionBackendName, DiffusionConfig } from '../../config';
import { upstreamError } from '../../upstream';

export const COVER_SIZES = [512, 768, 1024] as const;
export type CoverSize = (typeof COVER_SIZES)[number];

/** Largest image accepted from an engine. */
export const MAX_IMAGE_BYTES = 20 * 1024 * 1024;
/** A JSON answer carrying the image as base64 (4/3 of the bytes) plus metadata. */
export const MAX_IMAGE_JSON_BYTES = Math.ceil((MAX_IMAGE_BYTES * 4) / 3) + 1_048_576;

export interface DiffusionRequest {
  prompt: string;
  negativePrompt: string;
  seed: number;
  size: CoverSize;
}

export interface DiffusionContext {
  /** Aborts at the job's time limit. */
  signal: AbortSignal;
  onProgress(progress: number): void;
}

export interface DiffusionBackend {
  readonly name: DiffusionBackendName;
  generate(request: DiffusionRequest, context: DiffusionContext): Promise<Uint8Array>;
}

export type BackendFactory = (config: DiffusionConfig) => DiffusionBackend;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The engine's image, checked: a PNG (the routes serve image/png) within the size cap. */
export function expectPng(engine: string, bytes: Uint8Array): Uint8Array {
  if (bytes.byteLength > MAX_IMAGE_BYTES) throw upstreamError(`The ${engine} sent an image over 20 MB.`);
  if (!PNG_SIGNATURE.every((byte, index) => bytes[index] === byte)) throw upstreamError(`The ${engine} did not send a PNG image.`);
  return bytes;
}

export function decodeBase64Png(engine: string, base64: string): Uint8Array {
  const data = base64.replace(/^data:image\/\w+;base64,/, '');
  if ((data.length * 3) / 4 > MAX_IMAGE_BYTES) throw upstreamError(`The ${engine} sent an image over 20 MB.`);
  return expectPng(engine, Buffer.from(data, 'base64'));
}

/** Waits, but wakes early (rejecting) when the job is aborted. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
