'use client';
/**
 * Owns the voice worker; `useVoice` is the UI's only door to it. The worker starts on the first
 * job. A job lists its clips up front; the worker asks for each clip's audio when it is about to
 * need it, and this provider reads and decodes it then (./decode-audio), so only two clips are
 * ever in memory. Transcripts arrive one by one through `onTranscript`.
 */
import type { ProgressInfo } from '@huggingface/transformers';
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { useLazyWorker } from '@/components/hooks/useLazyWorker';
import type { TranscriptionProgress } from '@/lib/audio/progress';
import type { Transcript } from '@/lib/audio/types';
import type { DevicePreference } from '@/lib/ml/device';
import { CANCELLED_MESSAGE, type VoiceDevice, type VoiceRequest, type VoiceResponse, type VoiceSummary } from '@/workers/voice/protocol';
import { decodeForSpeech } from './decode-audio';

export interface VoiceSource {
  assetId: string;
  /** From the asset record when known: the ETA is planned before the audio is read. */
  durationSeconds?: number | null;
  /** The clip, or how to read it when its turn comes (a long queue then never sits in memory). */
  blob: Blob | (() => Promise<Blob>);
}

export type VoiceProgressEvent = { phase: 'loading'; info: ProgressInfo } | { phase: 'transcribing'; progress: TranscriptionProgress };

export interface VoiceTranscribeOptions {
  /** A whisper language code for every clip; each clip's language is detected when absent. */
  language?: string;
  /** Defaults to the device saved on the models page. */
  preference?: DevicePreference;
  signal?: AbortSignal;
  onProgress?: (event: VoiceProgressEvent) => void;
  /** Each transcript as soon as it is ready: store it here, and a cancelled job keeps what it finished. */
  onTranscript?: (assetId: string, transcript: Transcript, language: string) => void;
}

export interface VoiceResult extends VoiceSummary {
  failures: { assetId: string; message: string }[];
}

export interface Voice {
  transcribe(sources: readonly VoiceSource[], options?: VoiceTranscribeOptions): Promise<VoiceResult>;
  /** Where whisper runs and why; null until a job has chosen. */
  device: VoiceDevice | null;
}

interface Job {
  sources: readonly VoiceSource[];
  options: VoiceTranscribeOptions;
  failures: VoiceResult['failures'];
  resolve: (result: VoiceResult) => void;
  reject: (error: Error) => void;
}

const VoiceContext = createContext<Voice | null>(null);

export function VoiceProvider({ children }: { children: ReactNode }) {
  const jobs = useRef(new Map<number, Job>());
  const nextId = useRef(1);
  const [device, setDevice] = useState<VoiceDevice | null>(null);

  const sendAudio = useCallback(async (worker: Worker, id: number, index: number, source: VoiceSource) => {
    let message: VoiceRequest;
    let transfer: Transferable[] = [];
    try {
      const decoded = await decodeForSpeech(typeof source.blob === 'function' ? await source.blob() : source.blob);
      message = { type: 'audio', id, index, audio: decoded.audio };
      transfer = decoded.transfer;
    } catch (error) {
      message = { type: 'audio', id, index, audio: { error: error instanceof Error ? error.message : String(error) } };
    }
    if (jobs.current.has(id)) worker.postMessage(message, transfer);
  }, []);

  const worker = useLazyWorker<VoiceResponse>(
    () => new Worker(new URL('../../workers/voice/voice.worker.ts', import.meta.url), { type: 'module', name: 'voice' }),
    (data) => {
      if (data.status === 'device') return setDevice(data.device);
      const job = jobs.current.get(data.id);
      if (!job) return;
      switch (data.status) {
        case 'loading':
          return job.options.onProgress?.({ phase: 'loading', info: data.info });
        case 'need': {
          const running = worker.peek();
          const source = job.sources[data.index];
          if (running && source) void sendAudio(running, data.id, data.index, source);
          return;
        }
        case 'progress':
          return job.options.onProgress?.({ phase: 'transcribing', progress: data.progress });
        case 'transcript':
          return job.options.onTranscript?.(data.assetId, data.transcript, data.language);
        case 'item-error':
          job.failures.push({ assetId: data.assetId, message: data.message });
          return;
        case 'complete':
          jobs.current.delete(data.id);
          return job.resolve({ ...data.summary, failures: job.failures });
        case 'error':
          jobs.current.delete(data.id);
          return job.reject(new Error(data.message));
      }
    },
    (reason) => {
      const error = new Error(`The voice worker crashed: ${reason}. Reload the page to try again.`);
      for (const job of jobs.current.values()) job.reject(error);
      jobs.current.clear();
    },
  );

  const transcribe = useCallback<Voice['transcribe']>(
    (sources, options = {}) =>
      new Promise<VoiceResult>((resolve, reject) => {
        const { signal, language, preference } = options;
        if (signal?.aborted) return reject(new Error(CANCELLED_MESSAGE));
        const id = nextId.current++;
        jobs.current.set(id, { sources, options, failures: [], resolve, reject });
        const items = sources.map(({ assetId, durationSeconds }) => ({ assetId, durationSeconds: durationSeconds ?? null }));
        worker.get().postMessage({ type: 'transcribe', id, items, language, preference } satisfies VoiceRequest);
        signal?.addEventListener('abort', () => worker.peek()?.postMessage({ type: 'cancel', id } satisfies VoiceRequest), { once: true });
      }),
    [worker],
  );

  const voice = useMemo<Voice>(() => ({ transcribe, device }), [transcribe, device]);
  return <VoiceContext.Provider value={voice}>{children}</VoiceContext.Provider>;
}

export function useVoice(): Voice {
  const voice = useContext(VoiceContext);
  if (!voice) throw new Error('useVoice must be used inside <VoiceProvider>.');
  return voice;
}
