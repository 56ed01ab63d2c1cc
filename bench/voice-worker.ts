/// <reference lib="webworker" />
/**
 * The browser half of bench/voice.ts: a module worker (bundled by esbuild, served on loopback
 * with COOP/COEP so WASM threads are allowed) that loads whisper-tiny with the voice worker's
 * own modules on ONNX Runtime's WASM and times the clips it is sent.
 */
import { loadWhisper } from '../lib/audio/whisper';
import { measureClips, type VoiceBenchClip } from './voice-timing';

declare const self: DedicatedWorkerGlobalScope;

type ClipRef = Omit<VoiceBenchClip, 'wav'> & { url: string };

async function bench(threads: number, refs: ClipRef[]) {
  const clips = await Promise.all(refs.map(async ({ url, ...clip }) => ({ ...clip, wav: await (await fetch(url)).arrayBuffer() })));
  const started = performance.now();
  const recognizer = await loadWhisper({ device: 'wasm', threads });
  const label = `Chromium WASM (${threads} thread${threads === 1 ? '' : 's'}${self.crossOriginIsolated ? '' : ', not isolated'})`;
  return measureClips(label, recognizer, clips, performance.now() - started);
}

self.onmessage = ({ data }: MessageEvent<{ threads: number; clips: ClipRef[] }>) => {
  bench(data.threads, data.clips).then(
    (rows) => self.postMessage({ rows }),
    (error: unknown) => self.postMessage({ error: error instanceof Error ? error.message : String(error) }),
  );
};
