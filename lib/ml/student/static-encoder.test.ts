import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Rng } from '../../demo/prng';
import { useLitePackageDir } from '../node/load-use';
import { UseTokenizer, type Vocabulary } from '../use/tokenizer';
import { embedWithParameters } from './distil';
import { encodeStudent, StaticEncoder, STUDENT_VERSION, type StudentParameters } from './static-encoder';

const STUDENT_FILE = path.resolve(__dirname, '../../../public/models/use-lite-static/student-v1.bin');

/** A toy tokenizer: one id per character code (mod the vocabulary). */
function toyTokenizer(size: number) {
  return { size, encode: (text: string, max = Infinity) => Array.from(text.trim(), (char) => char.charCodeAt(0) % size).slice(0, max) };
}

function toyStudent(vocab: number, dims: number, seed: number, activation: StudentParameters['activation'] = 'identity', pooling: StudentParameters['pooling'] = 'sum'): StudentParameters {
  const rng = new Rng(seed);
  return {
    activation,
    pooling,
    dimensions: dims,
    tokenCap: 5,
    table: Float32Array.from({ length: vocab * dims }, () => rng.next() * 2 - 1),
    weights: Float32Array.from({ length: vocab }, () => 0.1 + rng.next()),
    bias: Float32Array.from({ length: dims }, () => (rng.next() - 0.5) * 0.1),
  };
}

const cosine = (a: Float32Array, b: Float32Array) => a.reduce((sum, value, i) => sum + value * b[i]!, 0);

describe('StaticEncoder', () => {
  it.each([
    ['identity', 'sum'],
    ['tanh', 'mean'],
  ] as const)('round-trips its binary format within int8 precision (%s, %s pooling)', (activation, pooling) => {
    const student = toyStudent(40, 16, 1, activation, pooling);
    const buffer = encodeStudent(student);
    expect(buffer.byteLength).toBe(32 + (2 * 40 + 16) * 4 + 40 * 16);
    expect(new DataView(buffer).getUint32(4, true)).toBe(STUDENT_VERSION);
    const encoder = new StaticEncoder(buffer, toyTokenizer(40));
    expect([encoder.vocabularySize, encoder.dimensions, encoder.tokenCap, encoder.activation, encoder.pooling]).toEqual([40, 16, 5, activation, pooling]);
    const decoded = encoder.parameters();
    expect(decoded.weights).toEqual(student.weights);
    expect(decoded.bias).toEqual(student.bias);
    for (let i = 0; i < student.table.length; i++) expect(Math.abs(decoded.table[i]! - student.table[i]!)).toBeLessThanOrEqual(1 / 127 / 2 + 1e-6);
    // Encoding the decoded parameters again gives the same bytes.
    expect(new Uint8Array(encodeStudent(decoded))).toEqual(new Uint8Array(buffer));
    // The runtime's vectors match the float student's.
    const texts = ['hello there', 'abc', 'a much longer text than the cap'];
    const tokenizer = toyTokenizer(40);
    const expected = embedWithParameters(student, texts.map((text) => tokenizer.encode(text)));
    const actual = encoder.embed(texts);
    for (let row = 0; row < texts.length; row++) {
      expect(cosine(actual.subarray(row * 16, row * 16 + 16), expected.subarray(row * 16, row * 16 + 16))).toBeGreaterThan(0.999);
    }
  });

  it('rejects a file of another kind, version or vocabulary', () => {
    const buffer = encodeStudent(toyStudent(8, 4, 2));
    expect(() => new StaticEncoder(buffer, toyTokenizer(9))).toThrow(/tokenizer/);
    const wrongVersion = buffer.slice(0);
    new DataView(wrongVersion).setUint32(4, 99, true);
    expect(() => new StaticEncoder(wrongVersion, toyTokenizer(8))).toThrow(/version/);
    expect(() => new StaticEncoder(new ArrayBuffer(64), toyTokenizer(8))).toThrow(/magic/);
    expect(() => new StaticEncoder(buffer.slice(0, buffer.byteLength - 1), toyTokenizer(8))).toThrow(/size/);
  });

  it('gives the zero vector, not NaN, for a text without pieces', () => {
    const encoder = new StaticEncoder(encodeStudent(toyStudent(8, 4, 3)), toyTokenizer(8));
    const vectors = encoder.embed(['', '   ', 'x']);
    expect(Array.from(vectors.subarray(0, 8))).toEqual(new Array(8).fill(0));
    expect(vectors.every((value) => Number.isFinite(value))).toBe(true);
    expect(Math.hypot(...vectors.subarray(8, 12))).toBeCloseTo(1, 5);
  });
});

describe.skipIf(!existsSync(STUDENT_FILE))('the committed student (student-v1.bin)', () => {
  const load = () => {
    const vocabulary = JSON.parse(readFileSync(path.join(useLitePackageDir(), 'vocab.json'), 'utf8')) as Vocabulary;
    const bytes = readFileSync(STUDENT_FILE);
    return new StaticEncoder(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length), new UseTokenizer(vocabulary));
  };

  it('puts paraphrases closer than unrelated sentences', () => {
    const encoder = load();
    expect([encoder.vocabularySize, encoder.dimensions]).toEqual([8000, 512]);
    const vectors = encoder.embed(['How old are you?', 'What is your age?', 'The stock market fell today']);
    const [age, ageAgain, stocks] = [0, 1, 2].map((row) => vectors.slice(row * 512, (row + 1) * 512)) as [Float32Array, Float32Array, Float32Array];
    expect(cosine(age, ageAgain)).toBeGreaterThan(cosine(age, stocks) + 0.2);
    expect(cosine(age, ageAgain)).toBeGreaterThan(cosine(ageAgain, stocks) + 0.2);
  });

  it('embeds empty and odd texts without NaN', () => {
    const vectors = load().embed(['', '🙂🙂', 'a'.repeat(5000)]);
    expect(vectors.every((value) => Number.isFinite(value))).toBe(true);
    expect(Math.hypot(...vectors.subarray(0, 512))).toBe(0);
    expect(Math.hypot(...vectors.subarray(1024, 1536))).toBeCloseTo(1, 4);
  });
});
