import { describe, expect, it } from 'vitest';
import { encodeWav, speechLikeSamples } from '../demo/assets/voice-clip';
import { Rng } from '../demo/prng';
import { wavBytes } from '../../tests/unit/zip-fixtures';
import { readWavInfo } from './wav';

describe('readWavInfo', () => {
  it('reads the canonical 44-byte header', () => {
    expect(readWavInfo(wavBytes(2.5, 16_000))).toEqual({ sampleRate: 16_000, channels: 1, bitsPerSample: 16, byteRate: 32_000, dataBytes: 80_000, durationSeconds: 2.5 });
  });

  it('steps over extra chunks (an odd-sized LIST, padded) before the data', () => {
    expect(readWavInfo(wavBytes(1.25, 8_000, true))?.durationSeconds).toBe(1.25);
  });

  it('needs only the head of the file when told the total size', () => {
    const whole = wavBytes(3, 8_000, true);
    expect(readWavInfo(whole.subarray(0, 128), whole.length)?.durationSeconds).toBe(3);
  });

  it('takes a streamed recording (data size 0 or 0xFFFFFFFF) to run to the end of the file', () => {
    for (const unknown of [0, 0xffffffff]) {
      const bytes = wavBytes(2, 8_000);
      new DataView(bytes.buffer).setUint32(40, unknown, true);
      expect(readWavInfo(bytes)?.durationSeconds).toBe(2);
    }
  });

  it('estimates from the file size when a long chunk hides the data header beyond the head', () => {
    const bytes = wavBytes(2, 8_000);
    // Rewrite as: fmt, then a 4,000-byte JUNK chunk, then data (the head we pass stops inside JUNK).
    const junk = 4_000;
    const rebuilt = new Uint8Array(bytes.length + 8 + junk);
    rebuilt.set(bytes.subarray(0, 36));
    rebuilt.set([0x4a, 0x55, 0x4e, 0x4b], 36);
    new DataView(rebuilt.buffer).setUint32(40, junk, true);
    rebuilt.set(bytes.subarray(36), 44 + junk);
    expect(readWavInfo(rebuilt)?.durationSeconds).toBe(2);
    expect(readWavInfo(rebuilt.subarray(0, 512), rebuilt.length)?.durationSeconds).toBe(2);
  });

  it('reads the demo voice clips', () => {
    expect(readWavInfo(encodeWav(speechLikeSamples(new Rng(1), 1.5)))?.durationSeconds).toBe(1.5);
  });

  it('says null for what is not a WAV or has no format chunk', () => {
    expect(readWavInfo(new TextEncoder().encode('RIFF....WEBPVP8 '))).toBeNull();
    expect(readWavInfo(new Uint8Array(4))).toBeNull();
    const noFormat = wavBytes(1);
    noFormat.set([0x78, 0x78, 0x78, 0x78], 12); // "fmt " renamed: an unknown chunk
    expect(readWavInfo(noFormat)).toBeNull();
  });
});
