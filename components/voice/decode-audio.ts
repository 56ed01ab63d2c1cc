/**
 * A clip's audio in the form the voice worker takes: a WAV file's bytes as they are (the worker
 * decodes and resamples them), anything else (webm, ogg, mp3, m4a…) decoded here by the browser's
 * Web Audio at 16 kHz and mixed to mono. Web Audio exists only on the main thread; its decoding
 * itself runs off it, so the page stays responsive.
 */
import { isWav } from '@/lib/assets/wav';
import { SPEECH_SAMPLE_RATE } from '@/lib/audio/types';
import type { VoiceAudio } from '@/workers/voice/protocol';

export interface DecodedForWorker {
  audio: VoiceAudio;
  transfer: Transferable[];
}

export async function decodeForSpeech(blob: Blob): Promise<DecodedForWorker> {
  const bytes = await blob.arrayBuffer();
  if (isWav(new Uint8Array(bytes, 0, Math.min(12, bytes.byteLength)))) return { audio: { wav: bytes }, transfer: [bytes] };
  // An offline context at 16 kHz makes decodeAudioData resample to whisper's rate.
  const context = new OfflineAudioContext(1, 1, SPEECH_SAMPLE_RATE);
  let buffer: AudioBuffer;
  try {
    buffer = await context.decodeAudioData(bytes);
  } catch (error) {
    const type = blob.type ? ` (${blob.type})` : '';
    throw new Error(`This browser cannot decode this audio${type}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const samples = new Float32Array(buffer.length);
  for (let channel = 0; channel < buffer.numberOfChannels; channel++) {
    const data = buffer.getChannelData(channel);
    for (let i = 0; i < samples.length; i++) samples[i]! += data[i]! / buffer.numberOfChannels;
  }
  return { audio: { samples }, transfer: [samples.buffer] };
}
