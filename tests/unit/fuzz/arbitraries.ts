/**
 * fast-check arbitraries for hostile export content: values of every wrong type, prototype
 * keys, extreme numbers and dates, deep nesting, huge strings built from the characters the
 * parsers' regular expressions and scanners look for, and byte-level damage.
 */
import fc from 'fast-check';
import { Raw, setOwn, type Doc } from './json-doc';

export const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

export interface FuzzSizes {
  /** Longest generated string, in characters. */
  maxStringLength: number;
  /** Deepest generated nesting. */
  maxDepth: number;
  /** Mutated documents larger than this are not tried: big inputs are slow, not interesting. */
  maxInputBytes: number;
}

/** Field names the parsers read: a mutation that adds one of these reaches real code paths. */
const FIELD_NAMES = [
  'id', 'conversation_id', 'uuid', 'title', 'name', 'mapping', 'current_node', 'parent', 'children', 'message',
  'author', 'role', 'content', 'content_type', 'parts', 'text', 'metadata', 'create_time', 'update_time', 'weight',
  'attachments', 'asset_pointer', 'model_slug', 'default_model_slug', 'thoughts', 'result', 'voice_mode_message',
  'chat_messages', 'sender', 'created_at', 'files', 'file_name', 'file_kind', 'type', 'header', 'time', 'products',
  'safeHtmlItem', 'html', 'imageFile', 'attachedFiles', 'frames_asset_pointers', 'audio_asset_pointer',
];

const WORDS = [
  ...PROTO_KEYS, 'toString', 'valueOf', 'hasOwnProperty', 'length', '0', '-1', 'NaN', 'Infinity', 'undefined', 'null',
  'user', 'assistant', 'system', 'tool', 'human', 'all',
  'text', 'multimodal_text', 'code', 'execution_output', 'tether_browsing_display', 'tether_quote', 'sonic_webpage',
  'thoughts', 'reasoning_recap', 'system_error', 'user_editable_context', 'model_editable_context',
  'image_asset_pointer', 'audio_asset_pointer', 'real_time_user_audio_video_asset_pointer', 'audio_transcription',
  'tool_use', 'tool_result', 'thinking', 'token_budget', 'image', 'Gemini Apps', 'Bard', 'Prompted ', 'Prompted',
  'file-service://file-abc', 'sediment://file_00', 'file-abc', 'This block is not supported on your current device yet.',
  '```\nThis block is not supported on your current device yet.\n```',
  '&constructor;', '&__proto__;', '&toString;', '&#0;', '&#x110000;', '&#xD800;', '&#99999999999999999999;', '&amp;lt;',
  '\uE200cite\uE202turn0search1\uE201', '\uE200entity\uE202["city","Paris"]\uE201', '\uE200entity\uE202{"a":\uE201',
  '\uE200entity\uE202[1,{"__proto__":1}]\uE201', '\uE200', '\uE201', '<br>', '<p>', '</li>', '<', '>',
  '2024-06-01T10:00:00Z', '2024-02-30T00:00:00Z', '+275760-09-13T00:00:00.000Z', '-271821-04-20T00:00:00.000Z',
  '+275760-09-13T00:00:00.001Z', '0000-01-01T00:00:00Z', '9999-12-31T23:59:59.999Z', 'not a date', '', ' ', '\u0000', '\r\n',
  '\u202E', '\uFEFF', 'é', '👩‍👩‍👧', 'a'.repeat(300),
];

/** Numbers JSON.parse accepts but JSON.stringify never writes (overflow, underflow, -0, beyond 2^53). */
const RAW_NUMBERS = ['1e400', '-1e400', '-0', '1e-400', '123456789012345678901234567890', '0.1e-999', '9007199254740993', '-9007199254740993'];
/** Strings only JSON text can carry: lone and reversed surrogates, escaped NUL. */
const RAW_STRINGS = ['"\\ud800"', '"\\udc00\\ud800"', '"a\\u0000b"', '"\\ud83d"', '"\\uDFFF\\uDFFF"'];

const NUMBERS = [0, -1, 1, 0.5, 1e308, -1e308, 5e-324, 2 ** 53 + 2, 2 ** 31, -(2 ** 31) - 1, 1e21, 1.7e12, 8.64e12, 8.64e15, 8.64e18, 1e15];

/** Characters the scanners and regexes care about: a long run of a few of them finds superlinear behaviour. */
const STRUCTURAL = ['<', 'p', '>', '/', 'b', 'r', 'l', 'i', ' ', '\t', '\n', '&', '#', 'x', ';', '`', '"', '\\', '\uE200', '\uE201', '\uE202', 'T', 'a', '{', '[', ']', '}', ','];

export const hostileWord = fc.constantFrom(...WORDS);

/** A long string repeating a short unit of structural characters. */
export function hugeString(sizes: FuzzSizes): fc.Arbitrary<string> {
  return fc
    .tuple(fc.string({ unit: fc.constantFrom(...STRUCTURAL), minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: sizes.maxStringLength }), hostileWord)
    .map(([unit, length, tail]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length) + tail);
}

/** Arrays or objects nested `depth` deep, as raw JSON text (building them as values would recurse). */
export function deepNesting(sizes: FuzzSizes): fc.Arbitrary<Raw> {
  return fc.tuple(fc.constantFrom('array', 'object', 'mixed'), fc.integer({ min: 1, max: sizes.maxDepth })).map(([shape, depth]) => nestedRaw(shape, depth));
}

export function nestedRaw(shape: 'array' | 'object' | 'mixed', depth: number): Raw {
  if (shape === 'array') return new Raw('['.repeat(depth) + ']'.repeat(depth));
  if (shape === 'object') return new Raw('{"a":'.repeat(depth) + 'null' + '}'.repeat(depth));
  const half = Math.floor(depth / 2);
  return new Raw('{"parts":['.repeat(half) + '"x"' + ']}'.repeat(half));
}

function objectFrom(entries: [string, Doc][]): Doc {
  const out: { [key: string]: Doc } = {};
  for (const [key, value] of entries) setOwn(out, key, value);
  return out;
}

export const hostileKey = fc.oneof(fc.constantFrom(...PROTO_KEYS), fc.constantFrom(...FIELD_NAMES), hostileWord, fc.string({ unit: 'binary', maxLength: 8 }));

/** Any JSON value, biased towards what breaks parsers. */
export function hostileValue(sizes: FuzzSizes): fc.Arbitrary<Doc> {
  const { value } = fc.letrec<{ value: Doc; leaf: Doc }>((tie) => ({
    leaf: fc.oneof(
      fc.constantFrom<Doc>(null, true, false, ...NUMBERS),
      fc.constantFrom(...RAW_NUMBERS, ...RAW_STRINGS).map((text) => new Raw(text)),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer(),
      hostileWord,
      fc.string({ unit: 'binary', maxLength: 40 }),
      { arbitrary: hugeString(sizes), weight: 1 },
      { arbitrary: deepNesting(sizes), weight: 1 },
    ),
    value: fc.oneof(
      { arbitrary: tie('leaf'), weight: 6 },
      { arbitrary: fc.array(tie('value'), { maxLength: 4, depthIdentifier: 'hostile' }), weight: 1 },
      { arbitrary: fc.array(fc.tuple(hostileKey, tie('value')), { maxLength: 4, depthIdentifier: 'hostile' }).map(objectFrom), weight: 1 },
    ),
  }));
  return value;
}

/** Byte-level damage to a file: bit flips, cuts, invalid UTF-8, deleted or repeated ranges. */
export type ByteEdit =
  | { op: 'flip'; at: number; bit: number }
  | { op: 'truncate'; at: number }
  | { op: 'insert'; at: number; bytes: number[] }
  | { op: 'delete'; at: number; length: number }
  | { op: 'repeat'; at: number; length: number; times: number };

/** Overlong encodings, lone continuation bytes, encoded surrogates, bytes never valid in UTF-8. */
const INVALID_UTF8 = [[0xc0, 0x80], [0x80], [0xbf, 0xbf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xff], [0xfe], [0xe2, 0x82], [0xf0, 0x9f, 0x98]];
const STRUCTURAL_BYTES = [[0x22], [0x5c], [0x5b], [0x5d], [0x7b], [0x7d], [0x2c], [0x3a], [0x00], [0x50, 0x4b, 0x03, 0x04], [0xef, 0xbb, 0xbf]];

/**
 * `at` is a fraction of the length, so one edit list applies to files of any size. Unbiased:
 * fast-check's default bias towards 0 and 1 would put most edits on the first or last byte.
 */
const position = fc.noBias(fc.integer({ min: 0, max: 1_000_000 })).map((n) => n / 1_000_000);

export const byteEdit: fc.Arbitrary<ByteEdit> = fc.oneof(
  fc.record({ op: fc.constant('flip' as const), at: position, bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ op: fc.constant('truncate' as const), at: position }),
  fc.record({
    op: fc.constant('insert' as const),
    at: position,
    bytes: fc.oneof(fc.constantFrom(...INVALID_UTF8, ...STRUCTURAL_BYTES), fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 16 })),
  }),
  fc.record({ op: fc.constant('delete' as const), at: position, length: fc.integer({ min: 1, max: 64 }) }),
  fc.record({ op: fc.constant('repeat' as const), at: position, length: fc.integer({ min: 1, max: 32 }), times: fc.integer({ min: 2, max: 200 }) }),
);

export function applyByteEdits(input: Uint8Array, edits: ByteEdit[]): Uint8Array {
  let bytes = input;
  for (const edit of edits) {
    const at = Math.min(bytes.length, Math.floor(edit.at * bytes.length));
    switch (edit.op) {
      case 'flip':
        if (at < bytes.length) {
          bytes = bytes.slice();
          bytes[at] = bytes[at]! ^ (1 << edit.bit);
        }
        break;
      case 'truncate':
        bytes = bytes.slice(0, at);
        break;
      case 'insert':
        bytes = concat(bytes.subarray(0, at), Uint8Array.from(edit.bytes), bytes.subarray(at));
        break;
      case 'delete':
        bytes = concat(bytes.subarray(0, at), bytes.subarray(at + edit.length));
        break;
      case 'repeat': {
        const range = bytes.subarray(at, at + edit.length);
        bytes = concat(bytes.subarray(0, at), ...Array.from({ length: edit.times }, () => range), bytes.subarray(at));
      }
    }
  }
  return bytes;
}

export function describeByteEdit(edit: ByteEdit): string {
  const at = `${(edit.at * 100).toFixed(1)}%`;
  switch (edit.op) {
    case 'flip':
      return `flip bit ${edit.bit} at ${at}`;
    case 'truncate':
      return `cut at ${at}`;
    case 'insert':
      return `insert ${edit.bytes.map((b) => b.toString(16).padStart(2, '0')).join(' ')} at ${at}`;
    case 'delete':
      return `delete ${edit.length} bytes at ${at}`;
    case 'repeat':
      return `repeat ${edit.length} bytes ×${edit.times} at ${at}`;
  }
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
