/**
 * The worker's encoders, lazy singletons cached as promises: the shared tokenizer, the
 * distilled student (every message), and the teacher on the chosen device (one text per
 * conversation, and search queries against conversation vectors).
 */
import { StaticEncoder } from '@/lib/ml/student/static-encoder';
import { studentPort } from '@/lib/ml/student-port';
import { UseTokenizer, type Vocabulary } from '@/lib/ml/use/tokenizer';
import type { TextEncoderPort } from '@/lib/ml/encoder-port';
import type { DeviceChoice } from '@/lib/ml/device';
import { teacherPool } from './teacher-pool';
import { USE_LITE_BASE, useLiteEncoder } from './use-lite-runtime';

const STUDENT_URL = '/models/use-lite-static/student-v1.bin';

async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`A bundled model file is missing: ${url} (HTTP ${response.status}). Run npm run setup.`);
  return response;
}

let tokenizer: Promise<UseTokenizer> | undefined;
export function sharedTokenizer(): Promise<UseTokenizer> {
  tokenizer ??= fetchOk(`${USE_LITE_BASE}vocab.json`)
    .then((response) => response.json() as Promise<Vocabulary>)
    .then((vocabulary) => new UseTokenizer(vocabulary));
  return tokenizer;
}

let student: Promise<TextEncoderPort> | undefined;
export function studentEncoder(): Promise<TextEncoderPort> {
  student ??= Promise.all([fetchOk(STUDENT_URL).then((response) => response.arrayBuffer()), sharedTokenizer()]).then(
    ([buffer, words]) => studentPort(new StaticEncoder(buffer, words)),
  );
  student.catch(() => (student = undefined));
  return student;
}

/** Cores for the teacher on WASM: one encoder per core up to 4 (the page keeps the rest responsive). */
const MAX_POOL = 4;

function wasmTeacher(): Promise<TextEncoderPort> {
  const cores = Math.min(MAX_POOL, Math.max(1, navigator.hardwareConcurrency || 1));
  return useLiteEncoder('wasm', 'wasm', sharedTokenizer()).then((local) => teacherPool(local, cores - 1));
}

let teacher: Promise<TextEncoderPort> | undefined;

/**
 * The teacher on the chosen device. If WebGPU fails to load or to warm up (seen here on
 * SwiftShader in a worker: "A valid external Instance reference no longer exists" on readback),
 * the analysis goes on with WASM workers and `onFallback` tells the UI why.
 */
export function teacherEncoder(device: DeviceChoice, onFallback: (choice: DeviceChoice) => void = () => {}): Promise<TextEncoderPort> {
  teacher ??=
    device.backend === 'wasm'
      ? wasmTeacher()
      : useLiteEncoder('webgpu', 'webgpu', sharedTokenizer()).catch((error: unknown) => {
          const why = error instanceof Error ? error.message : String(error);
          onFallback({ ...device, backend: 'wasm', softwareGpu: false, shaderF16: false, reason: `WebGPU failed here (${why}); running on WASM workers instead` });
          return wasmTeacher();
        });
  teacher.catch(() => (teacher = undefined));
  return teacher;
}
