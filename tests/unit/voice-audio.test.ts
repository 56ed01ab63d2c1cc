/** lib/audio's pure parts: WAV decoding, resampling, windows, word error rate, progress, what to transcribe. */
import { describe, expect, it } from 'vitest';
import type { AssetRecord } from '@/lib/assets/types';
import { buildTranscript, estimateWindows, soundThreshold, stepWindow } from '@/lib/audio/chunks';
import { assetsToTranscribe, exportTranscript } from '@/lib/audio/pending';
import { estimatePace } from '@/lib/audio/progress';
import { durationSeconds, resample } from '@/lib/audio/resample';
import { AudioDecodeError, decodeWav } from '@/lib/audio/wav';
import { normalizeWords, wordErrorRate, wordErrors } from '@/lib/audio/wer';

type Encoding = { format: 'pcm'; bits: 8 | 16 | 24 | 32 } | { format: 'float'; bits: 32 | 64 };

/** A WAV file of `channels` interleaved channels, written the way recorders do (optionally with a LIST chunk first, or an unknown data size). */
function encodeWav(channels: Float32Array[], sampleRate: number, encoding: Encoding, options: { extensible?: boolean; listChunk?: boolean; streamedSize?: number } = {}): Uint8Array {
  const width = encoding.bits / 8;
  const frames = channels[0]!.length;
  const dataBytes = frames * channels.length * width;
  const fmtBytes = options.extensible ? 40 : 16;
  const list = options.listChunk ? 8 + 10 : 0;
  const bytes = new Uint8Array(12 + 8 + fmtBytes + list + 8 + dataBytes);
  const view = new DataView(bytes.buffer);
  const text = (at: number, value: string) => [...value].forEach((char, i) => view.setUint8(at + i, char.charCodeAt(0)));
  const code = encoding.format === 'pcm' ? 1 : 3;
  text(0, 'RIFF');
  view.setUint32(4, bytes.length - 8, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  view.setUint32(16, fmtBytes, true);
  view.setUint16(20, options.extensible ? 0xfffe : code, true);
  view.setUint16(22, channels.length, true);
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * channels.length * width, true);
  view.setUint16(32, channels.length * width, true);
  view.setUint16(34, encoding.bits, true);
  if (options.extensible) {
    view.setUint16(36, 22, true);
    view.setUint16(38, encoding.bits, true);
    view.setUint16(44, code, true); // first two bytes of the sub-format GUID
  }
  let at = 20 + fmtBytes;
  if (options.listChunk) {
    text(at, 'LIST');
    view.setUint32(at + 4, 10, true);
    at += 18;
  }
  text(at, 'data');
  view.setUint32(at + 4, options.streamedSize ?? dataBytes, true);
  at += 8;
  for (let frame = 0; frame < frames; frame++) {
    for (const channel of channels) {
      const value = Math.max(-1, Math.min(1, channel[frame]!));
      if (encoding.format === 'float') {
        if (encoding.bits === 32) view.setFloat32(at, value, true);
        else view.setFloat64(at, value, true);
      } else if (encoding.bits === 8) view.setUint8(at, Math.round(value * 127) + 128);
      else if (encoding.bits === 16) view.setInt16(at, Math.round(value * 32_767), true);
      else if (encoding.bits === 24) {
        const int = Math.round(value * 8_388_607);
        view.setUint8(at, int & 0xff);
        view.setUint8(at + 1, (int >> 8) & 0xff);
        view.setInt8(at + 2, int >> 16);
      } else view.setInt32(at, Math.round(value * 2_147_483_647), true);
      at += width;
    }
  }
  return bytes;
}

function sine(frequency: number, sampleRate: number, seconds: number, amplitude = 0.5): Float32Array {
  return Float32Array.from({ length: Math.round(sampleRate * seconds) }, (_, i) => amplitude * Math.sin((2 * Math.PI * frequency * i) / sampleRate));
}

/** Frequency from upward zero crossings over the middle of the signal (edges hold the filter's ramp). */
function measuredFrequency(samples: Float32Array, sampleRate: number): number {
  const from = Math.floor(samples.length * 0.1);
  const to = Math.floor(samples.length * 0.9);
  let crossings = 0;
  for (let i = from + 1; i < to; i++) if (samples[i - 1]! < 0 && samples[i]! >= 0) crossings++;
  return crossings / ((to - from) / sampleRate);
}

function rms(samples: Float32Array, margin = 0.1): number {
  const from = Math.floor(samples.length * margin);
  const to = Math.floor(samples.length * (1 - margin));
  let sum = 0;
  for (let i = from; i < to; i++) sum += samples[i]! ** 2;
  return Math.sqrt(sum / (to - from));
}

describe('decodeWav', () => {
  const tone = sine(440, 22_050, 0.25);
  const encodings: [Encoding, number][] = [
    [{ format: 'pcm', bits: 8 }, 1 / 100],
    [{ format: 'pcm', bits: 16 }, 1 / 30_000],
    [{ format: 'pcm', bits: 24 }, 1e-6],
    [{ format: 'pcm', bits: 32 }, 1e-8],
    [{ format: 'float', bits: 32 }, 1e-7],
    [{ format: 'float', bits: 64 }, 1e-7],
  ];
  for (const [encoding, tolerance] of encodings) {
    it(`reads ${encoding.bits}-bit ${encoding.format} mono`, () => {
      const audio = decodeWav(encodeWav([tone], 22_050, encoding));
      expect(audio.sampleRate).toBe(22_050);
      expect(audio.samples.length).toBe(tone.length);
      const worst = Math.max(...audio.samples.map((value, i) => Math.abs(value - tone[i]!)));
      expect(worst).toBeLessThan(tolerance);
    });
  }

  it('mixes stereo to mono by averaging the channels', () => {
    const left = Float32Array.from({ length: 100 }, () => 0.5);
    const right = Float32Array.from({ length: 100 }, () => -0.25);
    const audio = decodeWav(encodeWav([left, right], 48_000, { format: 'pcm', bits: 16 }));
    expect(audio.samples.length).toBe(100);
    expect(audio.samples[50]).toBeCloseTo(0.125, 4);
  });

  it('reads WAVE_FORMAT_EXTENSIBLE, skips chunks before the data, and takes a streamed size to the end of the file', () => {
    const extensible = decodeWav(encodeWav([tone], 16_000, { format: 'float', bits: 32 }, { extensible: true, listChunk: true }));
    expect(extensible.samples.length).toBe(tone.length);
    expect(extensible.samples[10]).toBeCloseTo(tone[10]!, 6);
    for (const streamedSize of [0, 0xffffffff]) {
      expect(decodeWav(encodeWav([tone], 16_000, { format: 'pcm', bits: 16 }, { streamedSize })).samples.length).toBe(tone.length);
    }
  });

  it('says clearly what it cannot read', () => {
    expect(() => decodeWav(new TextEncoder().encode('ID3 not a wav at all'))).toThrow(new AudioDecodeError('Not a WAV file (no RIFF/WAVE header).'));
    const alaw = encodeWav([tone], 8_000, { format: 'pcm', bits: 16 });
    new DataView(alaw.buffer).setUint16(20, 6, true); // A-law
    expect(() => decodeWav(alaw)).toThrow(/Unsupported WAV encoding: 16-bit format code 6/);
    const truncated = encodeWav([tone], 16_000, { format: 'pcm', bits: 16 }).slice(0, 30);
    expect(() => decodeWav(truncated)).toThrow(AudioDecodeError);
  });
});

describe('resample', () => {
  it('keeps a tone at its frequency and level, 22.05 → 16 kHz and 8 → 16 kHz', () => {
    for (const [from, frequency] of [
      [22_050, 440],
      [22_050, 3_000],
      [8_000, 1_000],
    ] as const) {
      const out = resample(sine(frequency, from, 1), from, 16_000);
      expect(out.length).toBe(16_000);
      expect(measuredFrequency(out, 16_000)).toBeCloseTo(frequency, -1);
      expect(rms(out)).toBeCloseTo(0.5 / Math.SQRT2, 2);
    }
  });

  it('removes what lies above the new Nyquist frequency instead of folding it back (linear interpolation would not)', () => {
    const out = resample(sine(10_000, 44_100, 1), 44_100, 16_000);
    // A 10 kHz tone would alias to 6 kHz at 16 kHz; the filter leaves less than -60 dB of it.
    expect(rms(out)).toBeLessThan((0.5 / Math.SQRT2) * 1e-3);
  });

  it('returns the input when the rates match and measures duration', () => {
    const samples = sine(440, 16_000, 0.5);
    expect(resample(samples, 16_000, 16_000)).toBe(samples);
    expect(durationSeconds({ samples, sampleRate: 16_000 })).toBe(0.5);
    expect(() => resample(samples, 0, 16_000)).toThrow(RangeError);
  });
});

describe('windows', () => {
  const rate = 16_000;
  /** 60 s of a quiet hiss with a tone wherever `loud` says (seconds). */
  function clip(loud: [number, number][]): Float32Array {
    const samples = Float32Array.from({ length: 60 * rate }, (_, i) => 0.001 * Math.sin(i * 2.3));
    for (const [from, to] of loud) for (let i = from * rate; i < to * rate; i++) samples[i] = 0.3 * Math.sin((2 * Math.PI * 220 * i) / rate);
    return samples;
  }
  const first = { start: 0, end: 30 * rate };

  it('estimates one window per 29 s of clip (each window starts with 1 s of silence)', () => {
    expect([0, 12, 29, 29.5, 95].map(estimateWindows)).toEqual([0, 1, 1, 2, 4]);
  });

  it('moves on by the whole window when the last segment closes and silence follows', () => {
    const samples = clip([[0, 20]]);
    const step = stepWindow(first, [{ text: ' Hello there. ', start: 0, end: 8 }, { text: ' ', start: 8, end: 9 }, { text: 'Bye.', start: 9, end: 20 }], samples, soundThreshold(samples));
    expect(step).toEqual({ kept: [{ text: 'Hello there.', start: 0, end: 8 }, { text: 'Bye.', start: 9, end: 20 }], next: 30 * rate });
  });

  it('hears the rest again when whisper stopped early but sound follows (the last window too)', () => {
    const samples = clip([[0, 60]]);
    const threshold = soundThreshold(samples);
    expect(stepWindow(first, [{ text: 'Early stop.', start: 0, end: 20 }], samples, threshold).next).toBe(20 * rate);
    const last = { start: 40 * rate, end: 60 * rate };
    expect(stepWindow(last, [{ text: 'Early stop.', start: 0, end: 10 }], samples, threshold)).toEqual({ kept: [{ text: 'Early stop.', start: 40, end: 50 }], next: 50 * rate });
  });

  it('drops a segment cut off by the window edge and starts the next window at it', () => {
    const samples = clip([[0, 60]]);
    const step = stepWindow({ start: 10 * rate, end: 40 * rate }, [{ text: 'Whole.', start: 0, end: 25 }, { text: 'Cut', start: 25, end: null }], samples, soundThreshold(samples));
    expect(step).toEqual({ kept: [{ text: 'Whole.', start: 10, end: 35 }], next: 35 * rate });
  });

  it('always moves on: a cut-off segment from the very start is kept to the window end', () => {
    const samples = clip([[0, 60]]);
    const step = stepWindow(first, [{ text: 'One long breath', start: 0.5, end: null }], samples, soundThreshold(samples));
    expect(step).toEqual({ kept: [{ text: 'One long breath', start: 0.5, end: 30 }], next: 30 * rate });
    expect(stepWindow(first, [], samples, soundThreshold(samples)).next).toBe(30 * rate);
  });

  it('joins segments into a transcript with non-decreasing times inside the audio', () => {
    const transcript = buildTranscript(
      [
        { text: 'One.', start: 0, end: 4.004 },
        { text: 'Two.', start: 3.5, end: 8 },
        { text: 'Three.', start: 9, end: 14 },
      ],
      12.3456,
      'whisper-tiny',
    );
    expect(transcript).toEqual({
      text: 'One. Two. Three.',
      chunks: [
        { text: 'One.', start: 0, end: 4 },
        { text: 'Two.', start: 4, end: 8 },
        { text: 'Three.', start: 9, end: 12.35 },
      ],
      durationSeconds: 12.35,
      source: 'whisper-tiny',
    });
  });
});

describe('word error rate', () => {
  it('normalises case, punctuation and curly apostrophes but keeps words like "don\'t"', () => {
    expect(normalizeWords('Hello, World! Don’t   stop — “now”.')).toEqual(['hello', 'world', "don't", 'stop', 'now']);
    expect(wordErrorRate('Hello, world!', 'hello world')).toBe(0);
  });

  it('counts substitutions, deletions and insertions against the reference length', () => {
    expect(wordErrors('the cat sat on the mat', 'the cat sat on mat')).toMatchObject({ deletions: 1, substitutions: 0, insertions: 0, rate: 1 / 6 });
    expect(wordErrors('the cat sat', 'the dog sat down')).toMatchObject({ substitutions: 1, insertions: 1, deletions: 0, rate: 2 / 3 });
    expect(wordErrorRate('one two', 'three four five six')).toBe(2);
    expect(wordErrorRate('', '')).toBe(0);
    expect(wordErrorRate('', 'noise')).toBe(1);
    expect(wordErrorRate('something', '')).toBe(1);
  });
});

describe('progress', () => {
  it('extrapolates the time per window to the windows left, and reports the real-time factor', () => {
    expect(estimatePace({ windows: 0, audioSeconds: 0 }, { windows: 10 }, 500)).toEqual({ etaSeconds: null, realTimeFactor: null });
    expect(estimatePace({ windows: 2, audioSeconds: 40 }, { windows: 10 }, 8_000)).toEqual({ etaSeconds: 32, realTimeFactor: 0.2 });
  });
});

describe('what to transcribe', () => {
  const asset = (assetId: string, extra: Partial<AssetRecord> = {}): Pick<AssetRecord, 'assetId' | 'kind' | 'source' | 'path' | 'transcript' | 'role' | 'time'> => ({
    assetId,
    kind: 'audio',
    source: 'voice',
    path: `c1/audio/${assetId}.wav`,
    role: 'user',
    time: 1_000,
    ...extra,
  });

  it('takes voice-mode audio with a file, no export transcript and none stored yet: the user first, then oldest first', () => {
    const pending = assetsToTranscribe(
      [
        asset('late', { time: 5_000 }),
        asset('assistant', { role: 'assistant', time: 0 }),
        asset('early', { time: 2_000 }),
        asset('exported', { transcript: 'Already said.' }),
        asset('missing', { path: null }),
        asset('done'),
        asset('picture', { kind: 'image', source: 'upload' }),
        asset('uploaded-song', { source: 'upload' }),
      ],
      new Set(['done']),
    );
    expect(pending.map((a) => a.assetId)).toEqual(['early', 'late', 'assistant']);
  });

  it("keeps the export's own transcript as it is", () => {
    expect(exportTranscript({ transcript: ' Hi there ', durationSeconds: 3.2 })).toEqual({ text: 'Hi there', chunks: [{ text: 'Hi there', start: 0, end: 3.2 }], durationSeconds: 3.2, source: 'export' });
    expect(exportTranscript({ transcript: '  ' })).toBeNull();
  });
});
