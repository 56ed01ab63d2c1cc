/**
 * Long audio in whisper-sized pieces. Whisper hears 30 s at a time and marks where each segment
 * starts and ends, so long audio is read the way OpenAI's reference `transcribe()` reads it:
 * a 30 s window, then the next window starts where the last finished segment ended (a "seek"),
 * not at a fixed stride. A sentence cut off by the window's edge is heard again whole in the next
 * window, and nothing has to be deduplicated.
 *
 * One departure from the reference, measured on whisper-tiny: in timestamp mode it sometimes
 * ends a window early, after a segment closes at 10 s of a 14 s clip, dropping the last
 * sentence. The reference trusts that ending and moves on by the whole window; here, if the
 * audio after the last segment still has sound in it (a simple energy check), the next window
 * starts at that segment's end. Fixed 30 s windows with a 5 s stride (transformers.js's
 * `chunk_length_s`/`stride_length_s`) lose that sentence too, and cost a window every 20 s
 * instead of every ~30 s.
 */
import { SPEECH_SAMPLE_RATE, type Transcript } from './types';

export const WINDOW_SECONDS = 30;
/**
 * Silence put before each window's audio. Whisper-tiny misses a clip's first words when speech
 * starts at once: on 12 single-sentence espeak-ng clips here the word error rate was 0.27 without
 * a lead-in, 0.22 with 0.5 s and 0.15 with 1 s. Each window then holds 29 s of the clip.
 */
export const LEAD_IN_SECONDS = 1;
export const CLIP_SECONDS_PER_WINDOW = WINDOW_SECONDS - LEAD_IN_SECONDS;

/** A segment as whisper reports it, in seconds from the start of the window's clip audio (lead-in taken off); `end` is null when cut off. */
export interface WindowSegment {
  text: string;
  start: number;
  end: number | null;
}

export type TimedText = Transcript['chunks'][number];

const FRAME_SECONDS = 0.02;
/** A frame counts as sound above this fraction of the clip's loud level (its 90th-percentile frame). */
const SOUND_FRACTION = 0.1;
/**
 * Sound left after the last segment that is worth a second hearing. Whisper's end times can come
 * a few hundred milliseconds early; a second hearing of a word's tail makes up words ("Hey").
 */
const MIN_SOUND_SECONDS = 1;
/** A window must move the clip on by at least this much. */
const MIN_ADVANCE_SECONDS = 1;

/** Windows a clip of this length needs at least (the seek policy may need one or two more). */
export function estimateWindows(durationSeconds: number): number {
  return durationSeconds > 0 ? Math.ceil(durationSeconds / CLIP_SECONDS_PER_WINDOW) : 0;
}

function frameLevels(samples: Float32Array, from: number, to: number, sampleRate: number): number[] {
  const frame = Math.max(1, Math.round(FRAME_SECONDS * sampleRate));
  const levels: number[] = [];
  for (let start = from; start + frame <= to; start += frame) {
    let sum = 0;
    for (let i = start; i < start + frame; i++) sum += samples[i]! ** 2;
    levels.push(Math.sqrt(sum / frame));
  }
  return levels;
}

/** The level above which a frame of this clip is sound rather than silence or hiss. */
export function soundThreshold(samples: Float32Array, sampleRate = SPEECH_SAMPLE_RATE): number {
  const levels = frameLevels(samples, 0, samples.length, sampleRate).sort((a, b) => a - b);
  const loud = levels[Math.floor(levels.length * 0.9)] ?? 0;
  return Math.max(loud * SOUND_FRACTION, 1e-4);
}

function hasSound(samples: Float32Array, from: number, to: number, threshold: number, sampleRate: number): boolean {
  const loudFrames = frameLevels(samples, from, to, sampleRate).filter((level) => level > threshold).length;
  return loudFrames * FRAME_SECONDS >= MIN_SOUND_SECONDS;
}

export interface WindowStep {
  /** The window's finished segments, on the clip's clock. */
  kept: TimedText[];
  /** Sample where the next window starts; the window's end when it is the clip's last. */
  next: number;
}

/** What to keep from the window [start, end) of `samples`, and where the next window starts. */
export function stepWindow(
  window: { start: number; end: number },
  segments: readonly WindowSegment[],
  samples: Float32Array,
  threshold: number,
  sampleRate = SPEECH_SAMPLE_RATE,
): WindowStep {
  const { start, end } = window;
  const offset = start / sampleRate;
  const length = (end - start) / sampleRate;
  const atClipEnd = end >= samples.length;
  const minNext = start + Math.round(MIN_ADVANCE_SECONDS * sampleRate);
  const spoken = segments.filter((segment) => segment.text.trim() !== '');
  const last = spoken.at(-1);

  let finished = spoken;
  let next = end;
  if (last) {
    const seek = (seconds: number) => start + Math.round(Math.min(Math.max(seconds, 0), length) * sampleRate);
    if (last.end === null) {
      // Cut off by the window's edge: hear it again from its start, unless that would not move on.
      if (!atClipEnd && seek(last.start) >= minNext) {
        finished = spoken.slice(0, -1);
        next = seek(last.start);
      }
    } else if (seek(last.end) < end && seek(last.end) >= minNext && hasSound(samples, seek(last.end), end, threshold, sampleRate)) {
      // Whisper stopped early with sound still to come (the clip's last window included).
      next = seek(last.end);
    }
  }

  const kept = finished.map((segment) => {
    const from = offset + Math.min(Math.max(segment.start, 0), length);
    const to = offset + Math.min(segment.end ?? length, length);
    return { text: segment.text.trim(), start: from, end: Math.max(from, to) };
  });
  return { kept, next };
}

const round = (seconds: number) => Math.round(seconds * 100) / 100;

/** Joins placed segments into a transcript; times are made non-decreasing and kept within the audio. */
export function buildTranscript(segments: readonly TimedText[], durationSeconds: number, source: Transcript['source']): Transcript {
  const chunks: TimedText[] = [];
  let clock = 0;
  for (const segment of segments) {
    const start = round(Math.min(Math.max(segment.start, clock), durationSeconds));
    const end = round(Math.min(Math.max(segment.end, start), durationSeconds));
    chunks.push({ text: segment.text, start, end });
    clock = end;
  }
  return { text: chunks.map((chunk) => chunk.text).join(' '), chunks, durationSeconds: round(durationSeconds), source };
}
