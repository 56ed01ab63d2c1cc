/**
 * The measuring half of bench/voice.ts, shared by Node and the Chromium worker: the speech
 * modules the voice worker runs (WAV decoding, resampling, windows, whisper-tiny) timed on
 * espeak-ng clips. One timed run per clip, after an untimed run of the first clip (the first
 * run of a fresh ONNX Runtime session pays for allocations and, on WASM, memory growth).
 */
import { toSpeechRate } from '../lib/audio/resample';
import { transcribeSamples } from '../lib/audio/transcribe';
import { decodeWav } from '../lib/audio/wav';
import { wordErrorRate } from '../lib/audio/wer';
import type { SpeechRecognizer } from '../lib/audio/whisper';

export interface VoiceBenchClip {
  name: string;
  /** What espeak-ng said, for the word error rate. */
  text: string;
  wav: ArrayBuffer;
}

export interface VoiceBenchRow {
  runtime: string;
  clip: string;
  audioSeconds: number;
  windows: number;
  /** WAV decode + resampling to 16 kHz. */
  decodeMs: number;
  /** Language detection + every window. */
  transcribeMs: number;
  /** transcribeMs / audio length: below 1 is faster than real time. */
  realTimeFactor: number;
  wordErrorRate: number;
  /** What whisper heard. */
  heard: string;
  /** Model load + the warm-up run, once per runtime. */
  loadMs: number;
}

export async function measureClips(runtime: string, recognizer: SpeechRecognizer, clips: readonly VoiceBenchClip[], loadMs: number): Promise<VoiceBenchRow[]> {
  const warmUpStarted = performance.now();
  if (clips[0]) await transcribeSamples(recognizer, toSpeechRate(decodeWav(clips[0].wav)));
  const load = loadMs + performance.now() - warmUpStarted;
  const rows: VoiceBenchRow[] = [];
  for (const clip of clips) {
    const started = performance.now();
    const samples = toSpeechRate(decodeWav(clip.wav));
    const decoded = performance.now();
    let windows = 0;
    const { transcript } = await transcribeSamples(recognizer, samples, { onWindow: (progress) => (windows = progress.windowsDone) });
    const transcribeMs = performance.now() - decoded;
    rows.push({
      runtime,
      clip: clip.name,
      audioSeconds: Math.round(transcript.durationSeconds * 10) / 10,
      windows,
      decodeMs: Math.round(decoded - started),
      transcribeMs: Math.round(transcribeMs),
      realTimeFactor: Math.round((transcribeMs / 1000 / transcript.durationSeconds) * 1000) / 1000,
      wordErrorRate: Math.round(wordErrorRate(clip.text, transcript.text) * 1000) / 1000,
      heard: transcript.text,
      loadMs: Math.round(load),
    });
  }
  return rows;
}
