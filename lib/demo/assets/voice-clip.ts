/**
 * Speech-like sound for the demo's voice clips: voiced syllables (a glottal pitch through vowel
 * formants) with consonant bursts and pauses between words. Not words — the export's transcripts
 * carry those — but audio with the rhythm, pitch and loudness of a voice, 16 kHz mono PCM.
 */
import type { Rng } from '../prng';

export const VOICE_SAMPLE_RATE = 16_000;
/** [F1, F2] in Hz of a, e, i, o, u. */
const VOWELS = [[730, 1090], [530, 1840], [270, 2290], [570, 840], [300, 870]] as const;
const TABLE_SIZE = 256;

/** One pitch period of a vowel, as a wavetable: harmonics weighted by how close they fall to the formants. */
function vowelPeriod(f0: number, [f1, f2]: readonly [number, number]): Float32Array {
  const table = new Float32Array(TABLE_SIZE);
  const near = (frequency: number, formant: number, width: number) => Math.exp(-(((frequency - formant) / width) ** 2));
  let peak = 0;
  for (let k = 1; k * f0 < 3800; k++) {
    const gain = (near(k * f0, f1, 120) + 0.7 * near(k * f0, f2, 160) + 0.04) / k;
    for (let i = 0; i < TABLE_SIZE; i++) table[i] = table[i]! + gain * Math.sin((2 * Math.PI * k * i) / TABLE_SIZE);
  }
  for (const value of table) peak = Math.max(peak, Math.abs(value));
  return table.map((value) => value / peak);
}

export function speechLikeSamples(rng: Rng, seconds: number, sampleRate = VOICE_SAMPLE_RATE): Int16Array {
  const samples = new Int16Array(Math.round(seconds * sampleRate));
  const baseF0 = rng.int(105, 210);
  let at = Math.round(rng.int(80, 200) * sampleRate / 1000);
  let syllablesLeftInWord = rng.int(1, 4);
  while (at < samples.length) {
    const length = Math.round((rng.int(150, 300) / 1000) * sampleRate);
    // Pitch falls over the utterance (declination) and wobbles per syllable.
    const f0 = baseF0 * (1.1 - 0.2 * (at / samples.length)) * (0.92 + rng.next() * 0.16);
    const table = vowelPeriod(f0, rng.pick(VOWELS));
    const loudness = 0.25 + rng.next() * 0.15;
    const burst = rng.chance(0.6) ? Math.round(0.025 * sampleRate) : 0;
    let phase = 0;
    for (let i = 0; i < length && at + i < samples.length; i++) {
      const t = i / length;
      const envelope = Math.sin(Math.PI * Math.min(1, t * 1.6)) ** 0.6 * (1 - t * 0.3);
      phase = (phase + (f0 * TABLE_SIZE) / sampleRate) % TABLE_SIZE;
      const index = Math.floor(phase);
      const frac = phase - index;
      const voiced = table[index]! * (1 - frac) + table[(index + 1) % TABLE_SIZE]! * frac;
      const noise = i < burst ? (rng.next() * 2 - 1) * 0.5 * (1 - i / burst) : 0;
      samples[at + i] = Math.round((voiced * envelope + noise) * loudness * 32767);
    }
    at += length;
    if (--syllablesLeftInWord === 0) {
      syllablesLeftInWord = rng.int(1, 4);
      at += Math.round((rng.int(90, 260) / 1000) * sampleRate);
    } else {
      at += Math.round((rng.int(10, 40) / 1000) * sampleRate);
    }
  }
  return samples;
}

/** The canonical 44-byte RIFF/WAVE header before 16-bit mono PCM. */
export function encodeWav(samples: Int16Array, sampleRate = VOICE_SAMPLE_RATE): Uint8Array {
  const dataBytes = samples.length * 2;
  const out = new Uint8Array(44 + dataBytes);
  const view = new DataView(out.buffer);
  const text = (at: number, value: string) => [...value].forEach((char, i) => view.setUint8(at + i, char.charCodeAt(0)));
  text(0, 'RIFF');
  view.setUint32(4, 36 + dataBytes, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  text(36, 'data');
  view.setUint32(40, dataBytes, true);
  for (let i = 0; i < samples.length; i++) view.setInt16(44 + i * 2, samples[i]!, true);
  return out;
}
