/**
 * One clip to one transcript: 16 kHz mono heard window by window (1 s of silence, then 29 s of
 * the clip), each next window starting where the last finished segment ended (./chunks). The
 * language is detected once per clip unless the caller names it. Cancellable between windows;
 * inside one too where the event loop runs during inference (Node): ONNX Runtime's WASM keeps a
 * worker's loop busy for the whole window, so there a cancel lands when the window ends.
 */
import { buildTranscript, CLIP_SECONDS_PER_WINDOW, estimateWindows, LEAD_IN_SECONDS, soundThreshold, stepWindow, type TimedText } from './chunks';
import { SPEECH_SAMPLE_RATE, type Transcript } from './types';
import type { SpeechRecognizer } from './whisper';

export interface WindowProgress {
  /** Windows heard so far in this clip, and about how many are left. */
  windowsDone: number;
  windowsLeft: number;
  /** Seconds of the clip transcribed so far. */
  secondsDone: number;
}

export interface TranscribeOptions {
  /** A whisper language code; detected from the first 30 s when absent. */
  language?: string;
  signal?: AbortSignal;
  onWindow?: (progress: WindowProgress) => void;
}

export interface TranscribedClip {
  transcript: Transcript;
  language: string;
}

export async function transcribeSamples(recognizer: SpeechRecognizer, samples: Float32Array, { language, signal, onWindow }: TranscribeOptions = {}): Promise<TranscribedClip> {
  const rate = SPEECH_SAMPLE_RATE;
  const lead = LEAD_IN_SECONDS * rate;
  const window = new Float32Array(lead + CLIP_SECONDS_PER_WINDOW * rate); // the lead-in stays zeros
  signal?.throwIfAborted();
  const heard = language ?? (samples.length > 0 ? await recognizer.detectLanguage(samples) : 'en');
  const threshold = soundThreshold(samples);
  const segments: TimedText[] = [];
  let windowsDone = 0;
  for (let start = 0; start < samples.length; ) {
    // A macrotask between windows, so a cancel message posted to a worker lands here.
    await new Promise((resolve) => setTimeout(resolve, 0));
    signal?.throwIfAborted();
    const end = Math.min(start + CLIP_SECONDS_PER_WINDOW * rate, samples.length);
    window.set(samples.subarray(start, end), lead);
    const found = await recognizer.recognize(window.subarray(0, lead + end - start), { language: heard, signal });
    const onClip = found.map((segment) => ({ ...segment, start: segment.start - LEAD_IN_SECONDS, end: segment.end === null ? null : segment.end - LEAD_IN_SECONDS }));
    const step = stepWindow({ start, end }, onClip, samples, threshold);
    segments.push(...step.kept);
    start = step.next;
    windowsDone++;
    onWindow?.({ windowsDone, windowsLeft: estimateWindows((samples.length - start) / rate), secondsDone: start / rate });
  }
  return { transcript: buildTranscript(segments, samples.length / rate, 'whisper-tiny'), language: heard };
}
