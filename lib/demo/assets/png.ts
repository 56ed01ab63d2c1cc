/** A minimal PNG encoder (8-bit RGB, one IDAT, Sub filter) on fflate's zlib: enough for the demo's pictures. */
import { zlibSync } from 'fflate';
import { crc32 } from './crc32';
import type { Raster } from './raster';

function chunk(type: string, body: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + body.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, body.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(body, 8);
  view.setUint32(8 + body.length, crc32(out.subarray(4, 8 + body.length)));
  return out;
}

export function encodePng(raster: Raster): Uint8Array {
  const { width, height, data } = raster;
  const stride = width * 3;
  // Sub filter: flat areas become runs of zeros, which deflate shrinks to almost nothing.
  const filtered = new Uint8Array((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (stride + 1);
    filtered[row] = 1;
    for (let x = 0; x < stride; x++) {
      const value = data[y * stride + x]!;
      const left = x >= 3 ? data[y * stride + x - 3]! : 0;
      filtered[row + 1 + x] = (value - left) & 0xff;
    }
  }
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit, RGB, deflate, adaptive filtering, no interlace
  const parts = [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', zlibSync(filtered, { level: 2 })), chunk('IEND', new Uint8Array(0))];
  const png = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    png.set(part, offset);
    offset += part.length;
  }
  return png;
}
