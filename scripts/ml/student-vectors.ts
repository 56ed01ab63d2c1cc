/**
 * Student vectors for Node scripts (evaluation, tools): the committed distilled student
 * (public/models/use-lite-static/student-v1.bin) with USE-lite's tokenizer, in the teacher's
 * 512-d space. Like scripts/ml/teacher.ts, a text with no pieces is embedded as ".".
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { useLitePackageDir } from '../../lib/ml/node/load-use';
import { StaticEncoder } from '../../lib/ml/student/static-encoder';
import { UseTokenizer, type Vocabulary } from '../../lib/ml/use/tokenizer';

export const STUDENT_FILE = path.resolve(process.cwd(), 'public/models/use-lite-static/student-v1.bin');

let loaded: Promise<StaticEncoder> | undefined;

export function loadStudentInNode(file = STUDENT_FILE): Promise<StaticEncoder> {
  loaded ??= (async () => {
    const [bytes, vocabulary] = await Promise.all([
      readFile(file),
      readFile(path.join(useLitePackageDir(), 'vocab.json'), 'utf8').then((text) => JSON.parse(text) as Vocabulary),
    ]);
    return new StaticEncoder(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength), new UseTokenizer(vocabulary));
  })();
  return loaded;
}

export async function studentVectors(texts: readonly string[]): Promise<Float32Array[]> {
  const encoder = await loadStudentInNode();
  const dims = encoder.dimensions;
  const flat = encoder.embed(texts.map((text) => (text.trim() ? text : '.')));
  return texts.map((_, row) => flat.slice(row * dims, (row + 1) * dims));
}
