/// <reference lib="webworker" />
/**
 * The voice worker: whisper-tiny on WebGPU or WASM, transcribing the clips of one job at a time
 * (jobs queue). Speaks ./protocol.ts; every job can be cancelled by id.
 */
import type { DevicePreference } from '@/lib/ml/device';
import { db } from '@/lib/store/db';
import { ML_DEVICE_PREFERENCE_KEY } from '@/lib/store/settings';
import { AudioInbox, runJob } from './job';
import { CANCELLED_MESSAGE, type VoiceRequest, type VoiceResponse } from './protocol';
import { speechRecognizer } from './recognizer';

declare const self: DedicatedWorkerGlobalScope;

const post = (message: VoiceResponse) => self.postMessage(message);
const jobs = new Map<number, { controller: AbortController; inbox: AudioInbox }>();
let queue: Promise<void> = Promise.resolve();

const PREFERENCES: readonly DevicePreference[] = ['auto', 'webgpu', 'wasm'];

/** The device saved on the models page (shared with the ML worker), when a job names none. */
async function storedPreference(): Promise<DevicePreference> {
  const value = (await db().settings.get(ML_DEVICE_PREFERENCE_KEY))?.value;
  return PREFERENCES.includes(value as DevicePreference) ? (value as DevicePreference) : 'auto';
}

async function transcribe(request: Extract<VoiceRequest, { type: 'transcribe' }>, controller: AbortController, inbox: AudioInbox) {
  const { id } = request;
  try {
    controller.signal.throwIfAborted();
    const preference = request.preference ?? (await storedPreference());
    const recognizer = await speechRecognizer(preference, (device) => post({ status: 'device', device }), (info) => post({ status: 'loading', id, info }));
    const summary = await runJob(request, recognizer, inbox, post, controller.signal);
    post({ status: 'complete', id, summary });
  } catch (error) {
    post({ status: 'error', id, message: controller.signal.aborted ? CANCELLED_MESSAGE : error instanceof Error ? error.message : String(error) });
  } finally {
    jobs.delete(id);
  }
}

self.onmessage = ({ data: request }: MessageEvent<VoiceRequest>) => {
  switch (request.type) {
    case 'transcribe': {
      const controller = new AbortController();
      const inbox = new AudioInbox(controller.signal);
      jobs.set(request.id, { controller, inbox });
      queue = queue.then(() => transcribe(request, controller, inbox));
      return;
    }
    case 'audio':
      return jobs.get(request.id)?.inbox.put(request.index, request.audio);
    case 'cancel':
      return jobs.get(request.id)?.controller.abort();
  }
};
