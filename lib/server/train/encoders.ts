/**
 * The bundled encoders for text examples, loaded once per worker thread: the static student
 * (pure JS, needs only its weights and the USE tokenizer) or the USE-lite teacher on TF.js WASM.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { TextEncoderPort } from '../../ml/encoder-port';
import { nodeEncoders, STUDENT_FILE } from '../../ml/node/node-encoders';
import { useLitePackageDir } from '../../ml/node/load-use';
import { StaticEncoder } from '../../ml/student/static-encoder';
import { studentPort } from '../../ml/student-port';
import { UseTokenizer, type Vocabulary } from '../../ml/use/tokenizer';

let student: Promise<TextEncoderPort> | undefined;
let teacher: Promise<TextEncoderPort> | undefined;

/** The student without loading the teacher's graph (nodeEncoders() loads both). */
async function loadStudent(): Promise<TextEncoderPort> {
  const [vocabulary, bytes] = await Promise.all([
    readFile(path.join(useLitePackageDir(), 'vocab.json'), 'utf8').then((text) => JSON.parse(text) as Vocabulary),
    readFile(STUDENT_FILE),
  ]);
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  return studentPort(new StaticEncoder(buffer, new UseTokenizer(vocabulary)));
}

export function textEncoder(which: 'student' | 'teacher'): Promise<TextEncoderPort> {
  if (which === 'student') return (student ??= loadStudent());
  return (teacher ??= nodeEncoders().then((encoders) => encoders.teacher));
}

/** The encoder id a head trained on vector-only data records: the space the browser's vectors live in. */
export const VECTOR_ENCODER_ID = 'use-lite';
