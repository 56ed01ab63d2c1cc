/**
 * The typed message protocol between the UI (useVoice) and the voice worker.
 *
 * A job names its clips up front (for the plan and the ETA), then the worker pulls their audio
 * one at a time with `need`, asking for the next while it hears the current one: a queue of
 * hours of audio never sits in memory, and the main thread decodes what only it can (webm, ogg,
 * mp3, m4a through Web Audio) just in time. Audio travels as transferred buffers.
 */
import type { ProgressInfo } from '@huggingface/transformers';
import type { TranscriptionProgress } from '@/lib/audio/progress';
import type { Transcript } from '@/lib/audio/types';
import type { DevicePreference } from '@/lib/ml/device';

export interface VoiceJobItem {
  assetId: string;
  /** The clip's length when the asset record knows it; null plans one window until the audio arrives. */
  durationSeconds: number | null;
}

/** 16 kHz mono samples (decoded on the main thread), a WAV file's bytes (decoded in the worker), or why neither could be had. */
export type VoiceAudio = { samples: Float32Array } | { wav: ArrayBuffer } | { error: string };

export type VoiceRequest =
  /** Without a preference, the one saved on the models page is used; without a language, each clip's is detected. */
  | { type: 'transcribe'; id: number; items: VoiceJobItem[]; language?: string; preference?: DevicePreference }
  /** The answer to `need`. */
  | { type: 'audio'; id: number; index: number; audio: VoiceAudio }
  /** Stops job `id`; it answers `error` with CANCELLED_MESSAGE. */
  | { type: 'cancel'; id: number };

export interface VoiceDevice {
  backend: 'webgpu' | 'wasm';
  threads: number;
  /** Plain words for the UI: why this device. */
  reason: string;
}

export interface VoiceSummary {
  transcribed: number;
  failed: number;
  audioSeconds: number;
  ms: number;
  /** Wall seconds per second of audio (below 1: faster than real time); null when nothing was heard. */
  realTimeFactor: number | null;
}

export type VoiceResponse =
  | { status: 'device'; device: VoiceDevice }
  /** Model files loading, forwarded from transformers.js unchanged. */
  | { status: 'loading'; id: number; info: ProgressInfo }
  /** Send clip `index`'s audio. */
  | { status: 'need'; id: number; index: number }
  | { status: 'progress'; id: number; progress: TranscriptionProgress }
  | { status: 'transcript'; id: number; index: number; assetId: string; transcript: Transcript; language: string }
  /** One clip failed (unreadable audio); the job goes on. */
  | { status: 'item-error'; id: number; index: number; assetId: string; message: string }
  | { status: 'complete'; id: number; summary: VoiceSummary }
  | { status: 'error'; id: number; message: string };

export const CANCELLED_MESSAGE = 'Transcription was cancelled.';
