/**
 * One transcription job in the voice worker: plans the windows of every clip (for the ETA),
 * pulls each clip's audio from the UI one ahead of the one being heard, decodes WAV here,
 * transcribes, and reports progress per window and a transcript per clip. A clip that cannot be
 * read or heard is reported and skipped; a cancel stops the job when the current window ends.
 */
import { estimateWindows } from '@/lib/audio/chunks';
import { estimatePace } from '@/lib/audio/progress';
import { toSpeechRate } from '@/lib/audio/resample';
import { transcribeSamples } from '@/lib/audio/transcribe';
import { SPEECH_SAMPLE_RATE } from '@/lib/audio/types';
import { decodeWav } from '@/lib/audio/wav';
import type { SpeechRecognizer } from '@/lib/audio/whisper';
import type { VoiceAudio, VoiceRequest, VoiceResponse, VoiceSummary } from './protocol';

type TranscribeRequest = Extract<VoiceRequest, { type: 'transcribe' }>;

/** Audio the UI sent, waiting for the job to take it (or the job waiting for it). */
export class AudioInbox {
  private readonly arrived = new Map<number, VoiceAudio>();
  private readonly waiting = new Map<number, { resolve: (audio: VoiceAudio) => void; reject: (reason: unknown) => void }>();

  constructor(private readonly signal: AbortSignal) {
    signal.addEventListener('abort', () => {
      for (const waiter of this.waiting.values()) waiter.reject(signal.reason);
      this.waiting.clear();
      this.arrived.clear();
    });
  }

  put(index: number, audio: VoiceAudio): void {
    const waiter = this.waiting.get(index);
    if (waiter) {
      this.waiting.delete(index);
      waiter.resolve(audio);
    } else if (!this.signal.aborted) this.arrived.set(index, audio);
  }

  take(index: number): Promise<VoiceAudio> {
    if (this.signal.aborted) return Promise.reject(this.signal.reason);
    const audio = this.arrived.get(index);
    if (audio) {
      this.arrived.delete(index);
      return Promise.resolve(audio);
    }
    return new Promise((resolve, reject) => this.waiting.set(index, { resolve, reject }));
  }
}

function toSamples(audio: VoiceAudio): Float32Array {
  if ('error' in audio) throw new Error(audio.error);
  return 'wav' in audio ? toSpeechRate(decodeWav(audio.wav)) : audio.samples;
}

const windowsFor = (seconds: number | null) => (seconds === null ? 1 : estimateWindows(seconds));

export async function runJob(
  request: TranscribeRequest,
  recognizer: SpeechRecognizer,
  inbox: AudioInbox,
  post: (message: VoiceResponse) => void,
  signal: AbortSignal,
): Promise<VoiceSummary> {
  const { id, items } = request;
  const windows = items.map((item) => windowsFor(item.durationSeconds));
  const seconds = items.map((item) => item.durationSeconds ?? 0);
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  const need = (index: number) => {
    post({ status: 'need', id, index });
    const audio = inbox.take(index);
    audio.catch(() => {}); // a prefetch the job never reaches (cancelled) must not surface as unhandled
    return audio;
  };
  const summary: VoiceSummary = { transcribed: 0, failed: 0, audioSeconds: 0, ms: 0, realTimeFactor: null };
  const started = performance.now();
  let windowsDone = 0;
  let secondsDone = 0;
  let next = items.length > 0 ? need(0) : null;

  for (let index = 0; index < items.length; index++) {
    const { assetId } = items[index]!;
    const audio = await next!;
    next = index + 1 < items.length ? need(index + 1) : null;
    let clipSecondsDone = 0;
    let clipWindowsDone = 0;
    try {
      const samples = toSamples(audio);
      seconds[index] = samples.length / SPEECH_SAMPLE_RATE;
      windows[index] = estimateWindows(seconds[index]!);
      const { transcript, language } = await transcribeSamples(recognizer, samples, {
        language: request.language,
        signal,
        onWindow: (clip) => {
          windowsDone += clip.windowsDone - clipWindowsDone;
          secondsDone += clip.secondsDone - clipSecondsDone;
          clipWindowsDone = clip.windowsDone;
          clipSecondsDone = clip.secondsDone;
          windows[index] = clip.windowsDone + clip.windowsLeft;
          const pace = estimatePace({ windows: windowsDone, audioSeconds: secondsDone }, { windows: sum(windows) }, performance.now() - started);
          post({
            status: 'progress',
            id,
            progress: { assetId, item: index, items: items.length, windowsDone, windows: sum(windows), audioSecondsDone: secondsDone, audioSeconds: sum(seconds), ...pace },
          });
        },
      });
      summary.transcribed++;
      summary.audioSeconds += transcript.durationSeconds;
      post({ status: 'transcript', id, index, assetId, transcript, language });
    } catch (error) {
      if (signal.aborted) throw error;
      // The clip's unheard windows are dropped, so the ETA stays about the clips still to come.
      windows[index] = clipWindowsDone;
      seconds[index] = clipSecondsDone;
      summary.failed++;
      post({ status: 'item-error', id, index, assetId, message: error instanceof Error ? error.message : String(error) });
    }
  }
  summary.ms = Math.round(performance.now() - started);
  summary.realTimeFactor = secondsDone > 0 ? summary.ms / 1000 / secondsDone : null;
  return summary;
}
