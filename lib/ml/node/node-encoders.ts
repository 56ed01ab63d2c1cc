/** The same encoders the worker uses, loaded from files in Node (CLI, benchmarks, tests). */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { TextEncoderPort } from '../encoder-port';
import { StaticEncoder } from '../student/static-encoder';
import { studentPort } from '../student-port';
import { useLitePort } from '../use/use-port';
import { loadUseLiteInNode } from './load-use';

export const STUDENT_FILE = fileURLToPath(new URL('../../../public/models/use-lite-static/student-v1.bin', import.meta.url));

export async function nodeEncoders(): Promise<{ student: TextEncoderPort; teacher: TextEncoderPort }> {
  const [{ model, tokenizer }, studentBytes] = await Promise.all([loadUseLiteInNode(), readFile(STUDENT_FILE)]);
  const buffer = studentBytes.buffer.slice(studentBytes.byteOffset, studentBytes.byteOffset + studentBytes.byteLength);
  return {
    student: studentPort(new StaticEncoder(buffer, tokenizer)),
    teacher: useLitePort(model, tokenizer, { id: 'use-lite', device: 'node-wasm', dtype: 'float32' }),
  };
}
