import { describe, expect, it } from 'vitest';
import { ImportError } from './import-error';
import { JsonArraySplitter } from './json-array-splitter';

const encoder = new TextEncoder();

function split(text: string, chunkSize = Infinity, maxElementBytes = 1 << 20): unknown[] {
  const splitter = new JsonArraySplitter({ sourceName: 'test.json', maxElementBytes });
  const bytes = encoder.encode(text);
  const out: string[] = [];
  const step = Number.isFinite(chunkSize) ? chunkSize : bytes.length;
  for (let i = 0; i < bytes.length; i += step) out.push(...splitter.push(bytes.subarray(i, i + step)));
  splitter.end();
  return out.map((element) => JSON.parse(element));
}

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error.code;
    throw error;
  }
  return 'no error';
}

const tricky = [
  { title: 'brackets ] } [ { and , commas inside strings', n: 1 },
  { title: 'escaped \\" quote and backslash \\\\', nested: { a: [1, 2, { b: '"]' }] } },
  { title: 'unicode ✨ 日本語 \u{1F600} and a private-use \uE200 marker' },
  'a bare string element',
  42,
  null,
  [[], {}],
];

describe('JsonArraySplitter', () => {
  it('splits elements exactly as JSON.parse sees them, at every chunk size', () => {
    const text = JSON.stringify(tricky, null, 1);
    for (const size of [1, 2, 3, 5, 7, 16, 64, 1000]) expect(split(text, size)).toEqual(tricky);
  });

  it('handles an escape split across chunks', () => {
    const text = JSON.stringify([{ s: 'a\\"b' }, { s: '\\\\' }]);
    for (let size = 1; size < text.length; size++) expect(split(text, size)).toEqual([{ s: 'a\\"b' }, { s: '\\\\' }]);
  });

  it('accepts an empty array, whitespace and a byte-order mark', () => {
    expect(split('  [ ]  ')).toEqual([]);
    expect(split('\uFEFF[{"a":1}]\n')).toEqual([{ a: 1 }]);
  });

  it('reports a file cut off mid-element as truncated', () => {
    expect(codeOf(() => split('[{"a":1},{"b":'))).toBe('truncated_json');
    expect(codeOf(() => split('[{"a":"unterminated'))).toBe('truncated_json');
  });

  it('rejects a top-level object, non-JSON, and data after the array', () => {
    expect(codeOf(() => split('{"conversations":[]}'))).toBe('unknown_schema');
    expect(codeOf(() => split('hello'))).toBe('invalid_json');
    expect(codeOf(() => split('[1] [2]'))).toBe('invalid_json');
    expect(codeOf(() => split('[1,,2]'))).toBe('invalid_json');
  });

  it('reports an empty file', () => {
    expect(codeOf(() => split(''))).toBe('empty_export');
  });

  it('refuses an element larger than the limit, even when it arrives in small chunks', () => {
    const big = JSON.stringify([{ text: 'x'.repeat(5000) }]);
    expect(codeOf(() => split(big, 100, 1000))).toBe('too_large');
  });
});
