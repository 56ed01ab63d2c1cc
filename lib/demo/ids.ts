/** Identifiers shaped like the ones in real ChatGPT exports, drawn from the seeded stream. */
import type { Rng } from './prng';

/** A version-4 UUID (node ids, message ids, conversation ids). */
export function uuid(rng: Rng): string {
  const h = rng.hex(32);
  const variant = ((parseInt(h.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20)}`;
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** Older uploads: `file-service://file-<22 base62 chars>`. */
export function fileServicePointer(rng: Rng): string {
  let id = '';
  for (let i = 0; i < 22; i++) id += BASE62.charAt(rng.int(0, 61));
  return `file-service://file-${id}`;
}

/** Newer uploads, generated images and voice audio: `sediment://file_<32 hex>`. */
export function sedimentPointer(rng: Rng): string {
  return `sediment://file_${rng.hex(32)}`;
}
