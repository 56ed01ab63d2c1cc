/**
 * Decodes a WAV file to mono float samples: integer PCM (8, 16, 24, 32 bit) and IEEE float
 * (32, 64 bit), plain or WAVE_FORMAT_EXTENSIBLE, any number of channels (averaged to one).
 * Voice-mode clips in ChatGPT exports are WAV; other containers are decoded by the browser.
 */
import { isWav } from '../assets/wav';
import type { MonoAudio } from './types';

export class AudioDecodeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AudioDecodeError';
  }
}

const PCM = 1;
const IEEE_FLOAT = 3;
const EXTENSIBLE = 0xfffe;

interface Format {
  code: number;
  channels: number;
  sampleRate: number;
  bitsPerSample: number;
  blockAlign: number;
}

const ascii = (bytes: Uint8Array, at: number) => String.fromCharCode(bytes[at]!, bytes[at + 1]!, bytes[at + 2]!, bytes[at + 3]!);

function readFormat(view: DataView, body: number, size: number): Format {
  if (size < 16) throw new AudioDecodeError(`The WAV "fmt " chunk is ${size} bytes; at least 16 are needed.`);
  let code = view.getUint16(body, true);
  // WAVE_FORMAT_EXTENSIBLE names the real format in the first two bytes of its sub-format GUID.
  if (code === EXTENSIBLE && size >= 26) code = view.getUint16(body + 24, true);
  return {
    code,
    channels: view.getUint16(body + 2, true),
    sampleRate: view.getUint32(body + 4, true),
    blockAlign: view.getUint16(body + 12, true),
    bitsPerSample: view.getUint16(body + 14, true),
  };
}

/** Reads the sample at a byte offset as a float in [-1, 1]. */
function sampleReader(view: DataView, format: Format): (byteOffset: number) => number {
  const { code, bitsPerSample: bits } = format;
  if (code === PCM) {
    if (bits === 8) return (at) => (view.getUint8(at) - 128) / 128;
    if (bits === 16) return (at) => view.getInt16(at, true) / 32_768;
    if (bits === 24) return (at) => ((view.getUint8(at) | (view.getUint8(at + 1) << 8) | (view.getInt8(at + 2) << 16)) / 8_388_608);
    if (bits === 32) return (at) => view.getInt32(at, true) / 2_147_483_648;
  }
  if (code === IEEE_FLOAT) {
    if (bits === 32) return (at) => view.getFloat32(at, true);
    if (bits === 64) return (at) => view.getFloat64(at, true);
  }
  const kind = code === PCM ? 'integer PCM' : code === IEEE_FLOAT ? 'float' : `format code ${code}`;
  throw new AudioDecodeError(`Unsupported WAV encoding: ${bits}-bit ${kind} (supported: 8/16/24/32-bit PCM, 32/64-bit float).`);
}

export function decodeWav(input: ArrayBuffer | Uint8Array): MonoAudio {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  if (!isWav(bytes)) throw new AudioDecodeError('Not a WAV file (no RIFF/WAVE header).');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let format: Format | null = null;
  let offset = 12;
  while (offset + 8 <= bytes.length) {
    const id = ascii(bytes, offset);
    const size = view.getUint32(offset + 4, true);
    const body = offset + 8;
    if (id === 'fmt ') format = readFormat(view, body, Math.min(size, bytes.length - body));
    else if (id === 'data') {
      if (!format) throw new AudioDecodeError('The WAV data chunk comes before its "fmt " chunk.');
      // Streamed recordings leave the size at 0 or 0xFFFFFFFF: the data then runs to the end.
      const rest = bytes.length - body;
      const dataBytes = size === 0 || size > rest ? rest : size;
      return decodeData(view, body, dataBytes, format);
    }
    offset = body + size + (size % 2); // chunks are padded to an even length
  }
  throw new AudioDecodeError(format ? 'The WAV file has no data chunk.' : 'The WAV file has no "fmt " chunk.');
}

function decodeData(view: DataView, start: number, dataBytes: number, format: Format): MonoAudio {
  const { channels, sampleRate, bitsPerSample } = format;
  if (channels < 1) throw new AudioDecodeError('The WAV file declares no channels.');
  if (!(sampleRate >= 1000 && sampleRate <= 768_000)) throw new AudioDecodeError(`Implausible WAV sample rate: ${sampleRate} Hz.`);
  const read = sampleReader(view, format);
  const width = bitsPerSample / 8;
  const frameBytes = format.blockAlign >= width * channels ? format.blockAlign : width * channels;
  const frames = Math.floor(dataBytes / frameBytes);
  const samples = new Float32Array(frames);
  for (let frame = 0, at = start; frame < frames; frame++, at += frameBytes) {
    let sum = 0;
    for (let channel = 0; channel < channels; channel++) sum += read(at + channel * width);
    samples[frame] = sum / channels;
  }
  return { samples, sampleRate };
}
