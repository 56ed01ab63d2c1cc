/**
 * The voice worker's one whisper: the device chosen once per preference (WebGPU on a hardware
 * adapter, else WASM; lib/ml/device), the model loaded once, and WASM taken instead when WebGPU
 * fails to load or warm up. The UI is told the device and why, before the model loads and again
 * on a fallback.
 */
import type { ProgressInfo } from '@huggingface/transformers';
import { disposeSpeechModels, loadWhisper, type SpeechRecognizer } from '@/lib/audio/whisper';
import { chooseDevice, type DevicePreference } from '@/lib/ml/device';
import { probeCapabilities } from '@/lib/ml/probe-capabilities';
import type { VoiceDevice } from './protocol';

/** Load events go to whichever job is waiting for the model now. */
let loadListener: ((info: ProgressInfo) => void) | null = null;
let ready: { preference: DevicePreference; recognizer: Promise<SpeechRecognizer> } | null = null;

function threadWords(threads: number): string {
  return `WASM with ${threads} thread${threads === 1 ? '' : 's'}`;
}

async function start(preference: DevicePreference, report: (device: VoiceDevice) => void): Promise<SpeechRecognizer> {
  await disposeSpeechModels();
  const choice = chooseDevice(await probeCapabilities(preference));
  const onProgress = (info: ProgressInfo) => loadListener?.(info);
  const onWasm = () => loadWhisper({ device: 'wasm', threads: choice.threads, onProgress });
  report({ backend: choice.backend, threads: choice.threads, reason: choice.reason });
  if (choice.backend === 'wasm') return onWasm();
  try {
    return await loadWhisper({ device: 'webgpu', threads: choice.threads, onProgress });
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    report({ backend: 'wasm', threads: choice.threads, reason: `WebGPU could not run whisper-tiny (${why}); ${threadWords(choice.threads)} instead` });
    return onWasm();
  }
}

export function speechRecognizer(preference: DevicePreference, report: (device: VoiceDevice) => void, onLoading: (info: ProgressInfo) => void): Promise<SpeechRecognizer> {
  loadListener = onLoading;
  if (!ready || ready.preference !== preference) {
    const recognizer = start(preference, report);
    ready = { preference, recognizer };
    // A failed load is forgotten, so the next job tries again.
    recognizer.catch(() => {
      if (ready?.recognizer === recognizer) ready = null;
    });
  }
  return ready.recognizer;
}
