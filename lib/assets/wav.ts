/**
 * Duration of a WAV file from its header. Real files are not always the canonical 44 bytes:
 * `LIST`, `fact` or `JUNK` chunks may sit before `data`, and streamed recordings leave the data
 * size at 0 or 0xFFFFFFFF. Only the head of the file is needed; `totalBytes` fills in what it lacks.
 */
export interface WavInfo {
  sampleRate: number;
  channels: number;
  bitsPerSample: number;
  /** Bytes of audio per second, from the `fmt ` chunk. */
  byteRate: number;
  dataBytes: number;
  durationSeconds: number;
}

const ascii = (bytes: Uint8Array, at: number) => String.fromCharCode(bytes[at]!, bytes[at + 1]!, bytes[at + 2]!, bytes[at + 3]!);

export function isWav(head: Uint8Array): boolean {
  return head.length >= 12 && ascii(head, 0) === 'RIFF' && ascii(head, 8) === 'WAVE';
}

/** Null when `head` is not a WAV file or has no usable `fmt ` chunk before its data. */
export function readWavInfo(head: Uint8Array, totalBytes: number = head.length): WavInfo | null {
  if (!isWav(head)) return null;
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  let format: Omit<WavInfo, 'dataBytes' | 'durationSeconds'> | null = null;
  let offset = 12;
  while (offset + 8 <= head.length) {
    const id = ascii(head, offset);
    const size = view.getUint32(offset + 4, true);
    const body = offset + 8;
    if (id === 'fmt ' && body + 16 <= head.length) {
      const channels = view.getUint16(body + 2, true);
      const sampleRate = view.getUint32(body + 4, true);
      const bitsPerSample = view.getUint16(body + 14, true);
      const byteRate = view.getUint32(body + 8, true) || (sampleRate * channels * bitsPerSample) / 8;
      format = { sampleRate, channels, bitsPerSample, byteRate };
    } else if (id === 'data') {
      if (!format || format.byteRate <= 0) return null;
      // Streamed WAVs never went back to write the size: the data runs to the end of the file.
      const rest = Math.max(0, totalBytes - body);
      const dataBytes = size === 0 || size === 0xffffffff || size > rest ? rest : size;
      return { ...format, dataBytes, durationSeconds: dataBytes / format.byteRate };
    }
    offset = body + size + (size % 2); // chunks are padded to an even length
  }
  // The head ended inside a long chunk before `data`: assume the rest of the file is audio.
  if (!format || format.byteRate <= 0 || totalBytes <= head.length) return null;
  const dataBytes = Math.max(0, totalBytes - offset - 8);
  return { ...format, dataBytes, durationSeconds: dataBytes / format.byteRate };
}
