/** What the speech layer stores and reads: transcripts, and the audio shape the model takes. */

/** One transcript of one audio asset; stored in `mediaAnalyses` under SPEECH_ANALYZER. */
export interface Transcript {
  text: string;
  /** Segments in order, seconds from the start of the audio (export transcripts have one, spanning the clip). */
  chunks: { text: string; start: number; end: number }[];
  durationSeconds: number;
  source: 'export' | 'whisper-tiny';
}

export const SPEECH_ANALYZER = 'speech-1';

/** Whisper's input: mono samples at 16 kHz. */
export const SPEECH_SAMPLE_RATE = 16_000;

/** Mono samples at a known rate. */
export interface MonoAudio {
  samples: Float32Array;
  sampleRate: number;
}
