import { describe, expect, it } from 'vitest';
import { pngBytes, wavBytes } from '../../tests/unit/zip-fixtures';
import { extensionOf, imageSize, kindOfMime, mimeFromBytes, mimeFromName } from './sniff';

const bytes = (...values: (number | string)[]) =>
  new Uint8Array(values.flatMap((value) => (typeof value === 'string' ? [...value].map((char) => char.charCodeAt(0)) : [value])));

/** The head of a baseline JPEG: SOI, an APP0 segment, then SOF0 with height 300 and width 400. */
const JPEG = bytes(0xff, 0xd8, 0xff, 0xe0, 0, 16, 'JFIF', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xc0, 0, 17, 8, 0x01, 0x2c, 0x01, 0x90, 3);

describe('mimeFromBytes', () => {
  it('knows the formats an export holds by their magic bytes', () => {
    expect(mimeFromBytes(pngBytes(2, 2))).toBe('image/png');
    expect(mimeFromBytes(JPEG)).toBe('image/jpeg');
    expect(mimeFromBytes(bytes('GIF89a', 1, 0, 1, 0))).toBe('image/gif');
    expect(mimeFromBytes(bytes('RIFF', 0, 0, 0, 0, 'WEBPVP8X'))).toBe('image/webp');
    expect(mimeFromBytes(wavBytes(0.1))).toBe('audio/wav');
    expect(mimeFromBytes(bytes('%PDF-1.7'))).toBe('application/pdf');
    expect(mimeFromBytes(bytes('ID3', 4, 0))).toBe('audio/mpeg');
    expect(mimeFromBytes(bytes('OggS', 0))).toBe('audio/ogg');
    expect(mimeFromBytes(bytes(0, 0, 0, 0x18, 'ftypmp42'))).toBe('video/mp4');
    expect(mimeFromBytes(bytes(0, 0, 0, 0x18, 'ftypheic'))).toBe('image/heic');
    expect(mimeFromBytes(bytes(0, 0, 0, 0x18, 'ftypM4A '))).toBe('audio/mp4');
    expect(mimeFromBytes(bytes('hello world'))).toBeNull();
  });
});

describe('names and kinds', () => {
  it('falls back on the extension, case-insensitively', () => {
    expect(mimeFromName('IMG_1234.JPG')).toBe('image/jpeg');
    expect(mimeFromName('folder.v2/notes')).toBeNull();
    expect(mimeFromName('file-abc.dat')).toBeNull();
    expect(extensionOf('a/b.c/d')).toBe('');
  });

  it('maps MIME types to asset kinds', () => {
    expect(kindOfMime('image/webp')).toBe('image');
    expect(kindOfMime('audio/wav')).toBe('audio');
    expect(kindOfMime('video/mp4')).toBe('video');
    expect(kindOfMime('application/pdf')).toBe('file');
    expect(kindOfMime(null)).toBeNull();
  });
});

describe('imageSize', () => {
  it('reads PNG, JPEG, GIF, WebP and BMP headers', () => {
    expect(imageSize(pngBytes(64, 48))).toEqual({ width: 64, height: 48 });
    expect(imageSize(JPEG)).toEqual({ width: 400, height: 300 });
    expect(imageSize(bytes('GIF89a', 0x20, 0x01, 0x10, 0x00))).toEqual({ width: 288, height: 16 });
    const vp8x = bytes('RIFF', 0, 0, 0, 0, 'WEBPVP8X', 10, 0, 0, 0, 0, 0, 0, 0, 0xff, 0x03, 0, 0x57, 0x02, 0);
    expect(imageSize(vp8x)).toEqual({ width: 1024, height: 600 });
    const bmp = new Uint8Array(54);
    bmp.set(bytes('BM'));
    new DataView(bmp.buffer).setInt32(18, 120, true);
    new DataView(bmp.buffer).setInt32(22, -80, true); // top-down rows: negative height
    expect(imageSize(bmp)).toEqual({ width: 120, height: 80 });
  });

  it('says null for cut-off heads and non-images', () => {
    expect(imageSize(pngBytes(4, 4).subarray(0, 20))).toBeNull();
    expect(imageSize(JPEG.subarray(0, 12))).toBeNull();
    expect(imageSize(wavBytes(0.1))).toBeNull();
  });
});
