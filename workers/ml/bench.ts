/**
 * The models page's benchmark, in this browser: the student and the teacher on the analysis
 * backend, and the teacher on the other TF.js backend when this browser has it. Texts are the
 * user's own first messages (real lengths), or fixed sentences when nothing is imported.
 */
import type { DeviceChoice } from '@/lib/ml/device';
import type { TextEncoderPort } from '@/lib/ml/encoder-port';
import type { WrappedDb } from '@/lib/store/db';
import { iterateStoredConversations } from '@/lib/store/read-import';
import { studentEncoder, teacherEncoder } from './encoders';
import type { BenchRow } from './protocol';
import { withBackend } from './use-lite-runtime';

const BATCH = 32;
const ROUNDS = 3;
const FALLBACK_TEXTS = [
  'How do I reverse a linked list in Python?',
  'Write a short poem about the sea at night.',
  'Can you explain the difference between TCP and UDP with an example?',
  'Summarise this paragraph in two sentences for a newsletter.',
];

async function sampleTexts(db: WrappedDb, importId: string | null): Promise<string[]> {
  const texts: string[] = [];
  if (importId) {
    for await (const conversation of iterateStoredConversations(db, importId)) {
      for (const message of conversation.messages) if (message.role === 'user' && message.text.trim()) texts.push(message.text.slice(0, 1_000));
      if (texts.length >= BATCH) break;
    }
  }
  while (texts.length < BATCH) texts.push(FALLBACK_TEXTS[texts.length % FALLBACK_TEXTS.length]!);
  return texts.slice(0, BATCH);
}

async function time(encoder: TextEncoderPort, texts: string[], device: string, rounds = ROUNDS): Promise<BenchRow> {
  await encoder.embed(texts.slice(0, 4));
  const started = performance.now();
  for (let round = 0; round < rounds; round++) await encoder.embed(texts);
  const msPerBatch = (performance.now() - started) / rounds;
  return { encoder: encoder.use.id, device, batchSize: texts.length, msPerBatch, textsPerSecond: (texts.length * 1000) / msPerBatch };
}

async function webGpuAvailable(): Promise<boolean> {
  const gpu = (navigator as Navigator & { gpu?: { requestAdapter(): Promise<unknown> } }).gpu;
  return Boolean(gpu && (await gpu.requestAdapter().catch(() => null)));
}

export async function runBench(db: WrappedDb, importId: string | null, device: DeviceChoice): Promise<BenchRow[]> {
  const texts = await sampleTexts(db, importId);
  const student = await studentEncoder();
  const teacher = await teacherEncoder(device);
  const rows = [await time(student, texts, 'js'), await time(teacher, texts, teacher.use.device)];
  const other = device.backend === 'webgpu' ? 'wasm' : (await webGpuAvailable()) ? 'webgpu' : null;
  if (other) {
    // Not the analysis backend, possibly a software GPU (100× slower): one small round tells enough.
    try {
      rows.push(await withBackend(other, () => time(teacher, texts.slice(0, 8), other, 1)));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      rows.push({ encoder: teacher.use.id, device: other, batchSize: 8, msPerBatch: 0, textsPerSecond: 0, error: message });
    }
  }
  return rows;
}
