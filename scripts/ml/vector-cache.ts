/**
 * A disk cache of teacher vectors for training and evaluation (Node only): embedding tens of
 * thousands of dataset texts takes minutes, so each vector is computed once per (text, token cap).
 * One append-only file of records: 16-byte key, then 512 float32.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const DIMENSIONS = 512;
const RECORD_BYTES = 16 + DIMENSIONS * 4;

export class VectorFileCache {
  private readonly vectors = new Map<string, Float32Array>();

  constructor(private readonly file: string) {
    mkdirSync(path.dirname(file), { recursive: true });
    if (!existsSync(file)) return;
    const bytes = readFileSync(file);
    const whole = bytes.length - (bytes.length % RECORD_BYTES);
    for (let offset = 0; offset < whole; offset += RECORD_BYTES) {
      const key = bytes.subarray(offset, offset + 16).toString('hex');
      const copy = new Float32Array(DIMENSIONS);
      new Uint8Array(copy.buffer).set(bytes.subarray(offset + 16, offset + RECORD_BYTES));
      this.vectors.set(key, copy);
    }
  }

  static key(text: string, tokenCap: number): string {
    return createHash('sha1').update(`${tokenCap}\0${text}`).digest().subarray(0, 16).toString('hex');
  }

  get(key: string): Float32Array | undefined {
    return this.vectors.get(key);
  }

  get size(): number {
    return this.vectors.size;
  }

  /** Appends a batch (keys[i] ↔ rows i of `vectors`) and keeps it in memory. */
  putMany(keys: readonly string[], vectors: Float32Array): void {
    const out = Buffer.alloc(keys.length * RECORD_BYTES);
    keys.forEach((key, row) => {
      const vector = vectors.slice(row * DIMENSIONS, (row + 1) * DIMENSIONS);
      Buffer.from(key, 'hex').copy(out, row * RECORD_BYTES);
      Buffer.from(vector.buffer).copy(out, row * RECORD_BYTES + 16);
      this.vectors.set(key, vector);
    });
    appendFileSync(this.file, out);
  }
}
