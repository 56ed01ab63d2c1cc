/**
 * Test fixture: writes a tiny model folder in the transformers.js layout (config, WordPiece
 * tokenizer, ONNX graph) so the hub loading and embedding path runs for real in Node without a
 * hub. The ONNX graph is one Gather: token id → a fixed row of the embedding table, so a text's
 * expected vector can be computed by hand. The protobuf is written by a few lines below.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

// --- minimal protobuf writer (wire types 0 and 2 only) ---
type Field = [number, 'varint', number] | [number, 'bytes', Uint8Array | string];

function varint(value: number): number[] {
  const out: number[] = [];
  let v = BigInt(value);
  do {
    let byte = Number(v & 0x7fn);
    v >>= 7n;
    if (v > 0n) byte |= 0x80;
    out.push(byte);
  } while (v > 0n);
  return out;
}

function message(fields: Field[]): Uint8Array {
  const parts: number[] = [];
  for (const [number, kind, value] of fields) {
    if (kind === 'varint') {
      parts.push(...varint((number << 3) | 0), ...varint(value));
    } else {
      const bytes = typeof value === 'string' ? new TextEncoder().encode(value) : value;
      parts.push(...varint((number << 3) | 2), ...varint(bytes.length), ...bytes);
    }
  }
  return Uint8Array.from(parts);
}

const FLOAT = 1;
const INT64 = 7;

function valueInfo(name: string, elemType: number, dims: (number | string)[]): Uint8Array {
  const shape = message(dims.map((d) => [1, 'bytes', message(typeof d === 'number' ? [[1, 'varint', d]] : [[2, 'bytes', d]])]));
  const tensorType = message([
    [1, 'varint', elemType],
    [2, 'bytes', shape],
  ]);
  return message([
    [1, 'bytes', name],
    [2, 'bytes', message([[1, 'bytes', tensorType]])],
  ]);
}

/** ONNX model: last_hidden_state = Gather(table, input_ids); attention_mask is declared and ignored. */
export function gatherModel(table: Float32Array, vocab: number, dims: number): Uint8Array {
  const initializer = message([
    [1, 'varint', vocab],
    [1, 'varint', dims],
    [2, 'varint', FLOAT],
    [8, 'bytes', 'table'],
    [9, 'bytes', new Uint8Array(table.buffer, table.byteOffset, table.byteLength)],
  ]);
  const node = message([
    [1, 'bytes', 'table'],
    [1, 'bytes', 'input_ids'],
    [2, 'bytes', 'last_hidden_state'],
    [3, 'bytes', 'gather'],
    [4, 'bytes', 'Gather'],
  ]);
  const graph = message([
    [1, 'bytes', node],
    [2, 'bytes', 'tiny-bert'],
    [5, 'bytes', initializer],
    [11, 'bytes', valueInfo('input_ids', INT64, ['batch', 'sequence'])],
    [11, 'bytes', valueInfo('attention_mask', INT64, ['batch', 'sequence'])],
    [12, 'bytes', valueInfo('last_hidden_state', FLOAT, ['batch', 'sequence', dims])],
  ]);
  return message([
    [1, 'varint', 8],
    [2, 'bytes', 'ai-wrapped-test'],
    [7, 'bytes', graph],
    [8, 'bytes', message([[2, 'varint', 14]])],
  ]);
}

export const SPECIAL = ['[PAD]', '[UNK]', '[CLS]', '[SEP]', '[MASK]'] as const;

export interface TinyBert {
  vocab: Record<string, number>;
  /** Row v of the embedding table. */
  row(id: number): Float32Array;
  dims: number;
}

/** Writes `<dir>/<repo>/{config.json, tokenizer.json, tokenizer_config.json, onnx/<file>}`. */
export async function writeTinyBert(dir: string, repo: string, words: string[], dims: number, onnxFiles: string[]): Promise<TinyBert> {
  const tokens = [...SPECIAL, ...words];
  const vocab = Object.fromEntries(tokens.map((token, id) => [token, id]));
  const table = new Float32Array(tokens.length * dims);
  // Deterministic, distinct rows.
  for (let i = 0; i < table.length; i++) table[i] = Math.sin(i * 12.9898 + 78.233) * 0.5 + ((i % dims) === Math.floor(i / dims) % dims ? 1 : 0);
  const root = path.join(dir, repo);
  await mkdir(path.join(root, 'onnx'), { recursive: true });
  const special = (token: string) => ({ id: vocab[token], content: token, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true });
  const tokenizer = {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: SPECIAL.map(special),
    normalizer: { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: null, lowercase: true },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: {
      type: 'TemplateProcessing',
      single: [{ SpecialToken: { id: '[CLS]', type_id: 0 } }, { Sequence: { id: 'A', type_id: 0 } }, { SpecialToken: { id: '[SEP]', type_id: 0 } }],
      pair: [
        { SpecialToken: { id: '[CLS]', type_id: 0 } },
        { Sequence: { id: 'A', type_id: 0 } },
        { SpecialToken: { id: '[SEP]', type_id: 0 } },
        { Sequence: { id: 'B', type_id: 1 } },
        { SpecialToken: { id: '[SEP]', type_id: 1 } },
      ],
      special_tokens: {
        '[CLS]': { id: '[CLS]', ids: [vocab['[CLS]']], tokens: ['[CLS]'] },
        '[SEP]': { id: '[SEP]', ids: [vocab['[SEP]']], tokens: ['[SEP]'] },
      },
    },
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: { type: 'WordPiece', unk_token: '[UNK]', continuing_subword_prefix: '##', max_input_chars_per_word: 100, vocab },
  };
  await writeFile(path.join(root, 'tokenizer.json'), JSON.stringify(tokenizer));
  await writeFile(
    path.join(root, 'tokenizer_config.json'),
    JSON.stringify({ tokenizer_class: 'BertTokenizer', do_lower_case: true, model_max_length: 512, cls_token: '[CLS]', sep_token: '[SEP]', pad_token: '[PAD]', unk_token: '[UNK]', mask_token: '[MASK]' }),
  );
  await writeFile(
    path.join(root, 'config.json'),
    JSON.stringify({ model_type: 'bert', architectures: ['BertModel'], hidden_size: dims, vocab_size: tokens.length, num_hidden_layers: 1, num_attention_heads: 1, max_position_embeddings: 512 }),
  );
  const onnx = gatherModel(table, tokens.length, dims);
  for (const file of onnxFiles) await writeFile(path.join(root, 'onnx', file), onnx);
  return { vocab, dims, row: (id) => table.slice(id * dims, (id + 1) * dims) };
}
