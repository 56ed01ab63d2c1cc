/**
 * The student sentence encoder: a static table of USE-lite piece vectors, distilled so that a
 * weighted sum of a text's pieces lands near the teacher's own 512-d vector for that text. The
 * heads trained on teacher vectors read student vectors unchanged. Pure TypeScript (browser
 * worker or Node); thousands of messages per second on one core.
 *
 * File format (little-endian), version 1:
 *
 *   offset  size              field
 *   0       4                 magic "USST" (USE student, static)
 *   4       u32               version = 1
 *   8       u32               vocabulary size V (must equal the tokenizer's)
 *   12      u32               dimensions D
 *   16      u32               token cap (pieces kept per text, as for the teacher)
 *   20      u32               flags: bit 0 tanh activation, bit 1 mean pooling (see below)
 *   24      8                 reserved, 0
 *   32      f32 × V           pooling weight per piece
 *   +       f32 × V           dequantisation scale per row
 *   +       f32 × D           bias added to the pooled sum before normalising
 *   +       i8  × V·D         the table, row-major; row v = scale[v] × int8 row v
 *
 * Over a text's first `token cap` pieces, pooled = Σ_t weight[t] · row[t], divided by Σ_t weight[t]
 * with mean pooling; the vector is normalize(act(bias + pooled)), act = tanh or the identity. (With
 * tanh and mean pooling the student mirrors the teacher's head: mean of token vectors, then its
 * tanh layer, whose matrix is folded into the rows.) A text with no pieces gets the zero vector.
 */
import type { UseTokenizer } from '../use/tokenizer';

export const STUDENT_MAGIC = 'USST';
export const STUDENT_VERSION = 1;
const HEADER_BYTES = 32;
const FLAG_TANH = 1;
const FLAG_MEAN = 2;
/** The longest piece of USE-lite's vocabulary, in characters. */
const MAX_PIECE_CHARS = 16;

/** The float form of a student, for training and for writing the file. */
export interface StudentParameters {
  dimensions: number;
  tokenCap: number;
  /** V × D, row-major. */
  table: Float32Array;
  /** One pooling weight per piece. */
  weights: Float32Array;
  /** D values. */
  bias: Float32Array;
  activation: 'tanh' | 'identity';
  pooling: 'sum' | 'mean';
}

/** Quantises each row to int8 with its own scale (max |x| / 127) and lays out the file. */
export function encodeStudent(student: StudentParameters): ArrayBuffer {
  const { dimensions: dims, tokenCap, table, weights, bias } = student;
  const vocab = weights.length;
  if (table.length !== vocab * dims || bias.length !== dims) throw new Error('encodeStudent: shapes disagree');
  const floatBytes = (2 * vocab + dims) * 4;
  const buffer = new ArrayBuffer(HEADER_BYTES + floatBytes + vocab * dims);
  const view = new DataView(buffer);
  for (let i = 0; i < 4; i++) view.setUint8(i, STUDENT_MAGIC.charCodeAt(i));
  view.setUint32(4, STUDENT_VERSION, true);
  view.setUint32(8, vocab, true);
  view.setUint32(12, dims, true);
  view.setUint32(16, tokenCap, true);
  view.setUint32(20, (student.activation === 'tanh' ? FLAG_TANH : 0) | (student.pooling === 'mean' ? FLAG_MEAN : 0), true);
  let at = HEADER_BYTES;
  for (let v = 0; v < vocab; v++, at += 4) view.setFloat32(at, weights[v]!, true);
  const scalesAt = at;
  at += vocab * 4;
  for (let d = 0; d < dims; d++, at += 4) view.setFloat32(at, bias[d]!, true);
  const rows = new Int8Array(buffer, at, vocab * dims);
  for (let v = 0; v < vocab; v++) {
    let max = 0;
    for (let d = 0; d < dims; d++) max = Math.max(max, Math.abs(table[v * dims + d]!));
    const scale = Math.fround(max / 127);
    view.setFloat32(scalesAt + v * 4, scale, true);
    if (scale === 0) continue;
    for (let d = 0; d < dims; d++) {
      rows[v * dims + d] = Math.max(-127, Math.min(127, Math.round(table[v * dims + d]! / scale)));
    }
  }
  return buffer;
}

export class StaticEncoder {
  readonly vocabularySize: number;
  readonly dimensions: number;
  readonly tokenCap: number;
  readonly activation: StudentParameters['activation'];
  readonly pooling: StudentParameters['pooling'];
  private readonly weights: Float32Array;
  private readonly scales: Float32Array;
  private readonly bias: Float32Array;
  private readonly rows: Int8Array;
  /** weight × scale per piece, folded once. */
  private readonly rowFactors: Float32Array;
  /** One text's running sum (float64: the sum of up to 128 rows keeps its precision). */
  private readonly scratch: Float64Array;

  constructor(
    buffer: ArrayBuffer,
    private readonly tokenizer: Pick<UseTokenizer, 'encode' | 'size'>,
  ) {
    if (buffer.byteLength < HEADER_BYTES) throw new Error('student file: too short');
    const view = new DataView(buffer);
    const magic = String.fromCharCode(...new Uint8Array(buffer, 0, 4));
    if (magic !== STUDENT_MAGIC) throw new Error(`student file: bad magic "${magic}"`);
    const version = view.getUint32(4, true);
    if (version !== STUDENT_VERSION) throw new Error(`student file: version ${version}, expected ${STUDENT_VERSION}`);
    const vocab = view.getUint32(8, true);
    const dims = view.getUint32(12, true);
    this.vocabularySize = vocab;
    this.dimensions = dims;
    this.tokenCap = view.getUint32(16, true);
    const flags = view.getUint32(20, true);
    if (flags & ~(FLAG_TANH | FLAG_MEAN)) throw new Error(`student file: unknown flags ${flags}`);
    this.activation = flags & FLAG_TANH ? 'tanh' : 'identity';
    this.pooling = flags & FLAG_MEAN ? 'mean' : 'sum';
    if (buffer.byteLength !== HEADER_BYTES + (2 * vocab + dims) * 4 + vocab * dims) throw new Error('student file: size does not match its header');
    if (tokenizer.size !== vocab) throw new Error(`student file: ${vocab} pieces, tokenizer has ${tokenizer.size}`);
    // Copies, so the floats are aligned whatever the caller's buffer offset, and the buffer may be transferred.
    let at = HEADER_BYTES;
    this.weights = new Float32Array(buffer.slice(at, (at += vocab * 4)));
    this.scales = new Float32Array(buffer.slice(at, (at += vocab * 4)));
    this.bias = new Float32Array(buffer.slice(at, (at += dims * 4)));
    this.rows = new Int8Array(buffer.slice(at, at + vocab * dims));
    this.scratch = new Float64Array(dims);
    this.rowFactors = new Float32Array(vocab);
    for (let v = 0; v < vocab; v++) this.rowFactors[v] = this.weights[v]! * this.scales[v]!;
  }

  /** The dequantised float parameters (for tests and tools). */
  parameters(): StudentParameters {
    const { vocabularySize: vocab, dimensions: dims } = this;
    const table = new Float32Array(vocab * dims);
    for (let v = 0; v < vocab; v++) {
      const scale = this.scales[v]!;
      for (let d = 0; d < dims; d++) table[v * dims + d] = this.rows[v * dims + d]! * scale;
    }
    const { tokenCap, activation, pooling } = this;
    return { dimensions: dims, tokenCap, table, weights: this.weights.slice(), bias: this.bias.slice(), activation, pooling };
  }

  /** One text's unit vector, written into `out` (zero when the text has no pieces). */
  embedIdsInto(ids: readonly number[], out: Float32Array, offset = 0): void {
    const dims = this.dimensions;
    const count = Math.min(ids.length, this.tokenCap);
    if (count === 0) {
      out.fill(0, offset, offset + dims);
      return;
    }
    const sum = this.scratch;
    sum.fill(0);
    const rows = this.rows;
    let weightSum = 0;
    for (let t = 0; t < count; t++) {
      const id = ids[t]!;
      const factor = this.rowFactors[id]!;
      const base = id * dims;
      weightSum += this.weights[id]!;
      for (let d = 0; d < dims; d++) sum[d]! += factor * rows[base + d]!;
    }
    const divisor = this.pooling === 'mean' && weightSum > 0 ? 1 / weightSum : 1;
    const tanh = this.activation === 'tanh';
    let norm = 0;
    for (let d = 0; d < dims; d++) {
      const z = sum[d]! * divisor + this.bias[d]!;
      const value = tanh ? Math.tanh(z) : z;
      sum[d] = value;
      norm += value * value;
    }
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let d = 0; d < dims; d++) out[offset + d] = sum[d]! * scale;
  }

  /**
   * Row-major `texts.length × D`, each row unit length (or zero for a text with no pieces). Only a
   * text's opening is tokenized: no piece is longer than 16 characters, so the first `token cap`
   * pieces lie within `16 × token cap` characters (a pasted 100 KB log costs no more than a prompt).
   */
  embed(texts: readonly string[]): Float32Array {
    const out = new Float32Array(texts.length * this.dimensions);
    const charCap = MAX_PIECE_CHARS * this.tokenCap;
    texts.forEach((text, row) => {
      const opening = text.length > charCap ? text.slice(0, charCap) : text;
      this.embedIdsInto(this.tokenizer.encode(opening, this.tokenCap), out, row * this.dimensions);
    });
    return out;
  }
}
