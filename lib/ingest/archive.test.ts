import { describe, expect, it } from 'vitest';
import { rawZip } from '../../tests/unit/fuzz/raw-zip';
import { makeZip } from '../../tests/unit/zip-fixtures';
import { openArchive } from './archive';
import { ImportError } from './import-error';
import { DEFAULT_LIMITS } from './limits';

async function readAll(iterable: AsyncIterable<Uint8Array>): Promise<string> {
  const parts: Uint8Array[] = [];
  for await (const chunk of iterable) parts.push(chunk);
  return new TextDecoder().decode(Buffer.concat(parts));
}

async function errorCode(blob: Blob, name = 'input'): Promise<string> {
  try {
    await openArchive(blob, name, DEFAULT_LIMITS);
    return 'no error';
  } catch (error) {
    if (error instanceof ImportError) return error.code;
    throw error;
  }
}

describe('openArchive', () => {
  it('opens a zip by its magic bytes and streams an entry', async () => {
    const zip = await makeZip({ 'export/conversations.json': '[{"a":1}]', 'export/user.json': '{}' });
    const archive = await openArchive(zip, 'whatever.bin', DEFAULT_LIMITS);
    expect(archive.kind).toBe('zip');
    expect(archive.entries.map((e) => e.path).sort()).toEqual(['export/conversations.json', 'export/user.json']);
    const entry = archive.entries.find((e) => e.path.endsWith('conversations.json'))!;
    expect(await readAll(entry.open())).toBe('[{"a":1}]');
  });

  it('treats a JSON file as a single entry, whatever its name', async () => {
    const archive = await openArchive(new Blob(['\n  [1,2]']), 'export.txt', DEFAULT_LIMITS);
    expect(archive.kind).toBe('json');
    expect(await readAll(archive.entries[0]!.open())).toBe('\n  [1,2]');
  });

  it('never lists entries with path traversal or absolute names', async () => {
    const zip = await makeZip({ '../evil.json': '[]', 'ok/conversations.json': '[]' });
    const archive = await openArchive(zip, 'x.zip', DEFAULT_LIMITS);
    expect(archive.entries.map((e) => e.path)).toEqual(['ok/conversations.json']);
  });

  it('ignores absolute, parent-relative, backslash and control-character names', async () => {
    const hostile = [
      '../evil.json',
      'a/../../evil.json',
      '..\\evil.json',
      'a\\..\\..\\evil.json',
      '/etc/conversations.json',
      'C:\\Users\\conversations.json',
      'C:conversations.json',
      '\\\\server\\share\\conversations.json',
      '\\conversations.json',
      'ok\u0000/conversations.json',
      'conversations.json\u0000.png',
      'conversations\u001b.json',
    ];
    const zip = rawZip([...hostile, 'ok/conversations.json'].map((name) => ({ name, data: new TextEncoder().encode('[]') })));
    const archive = await openArchive(new Blob([zip]), 'x.zip', DEFAULT_LIMITS);
    expect(archive.entries.map((e) => e.path)).toEqual(['ok/conversations.json']);
  });

  it('reads a name listed twice only once, the first copy', async () => {
    const encode = (text: string) => new TextEncoder().encode(text);
    const zip = rawZip([
      { name: 'conversations.json', data: encode('[1]') },
      { name: 'conversations.json', data: encode('[2]') },
    ]);
    const archive = await openArchive(new Blob([zip]), 'twice.zip', DEFAULT_LIMITS);
    expect(archive.entries).toHaveLength(1);
    expect(await readAll(archive.entries[0]!.open())).toBe('[1]');
  });

  it('stops listing a zip with more entries than the limit', async () => {
    const zip = rawZip(Array.from({ length: 51 }, (_, i) => ({ name: `f${i}.txt`, data: new Uint8Array(0), deflate: false })));
    await expect(openArchive(new Blob([zip]), 'many.zip', { ...DEFAULT_LIMITS, maxZipEntries: 51 })).resolves.toMatchObject({ kind: 'zip' });
    await expect(openArchive(new Blob([zip]), 'many.zip', { ...DEFAULT_LIMITS, maxZipEntries: 50 })).rejects.toMatchObject({
      code: 'too_large',
      message: expect.stringContaining('more than 50 files'),
    });
  });

  it('rejects a bomb spread over many entries each too small for the per-entry ratio check', async () => {
    const padding = new Uint8Array(4 * 1024 * 1024).fill(0x20);
    const zip = rawZip(['a.json', 'b.json', 'c.json'].map((name) => ({ name, data: padding })));
    expect(await errorCode(new Blob([zip]), 'spread.zip')).toBe('zip_bomb');
  });

  it('stops an entry that inflates past the size its headers declare', async () => {
    const data = new TextEncoder().encode('[' + '{"a":1},'.repeat(20_000) + '{"a":1}]');
    const zip = rawZip([{ name: 'conversations.json', data, declaredSize: 100 }]);
    const archive = await openArchive(new Blob([zip]), 'lie.zip', DEFAULT_LIMITS);
    await expect(readAll(archive.entries[0]!.open())).rejects.toMatchObject({ code: 'zip_bomb', message: expect.stringContaining('declares') });
  });

  it('rejects a zip bomb by its compression ratio', async () => {
    const zip = await makeZip({ 'conversations.json': new Uint8Array(64 * 1024 * 1024) }, 9);
    expect(await errorCode(zip, 'bomb.zip')).toBe('zip_bomb');
  });

  it('rejects a zip that would expand past the cap', async () => {
    const zip = await makeZip({ 'a.json': '[' + '1,'.repeat(50_000) + '1]' });
    await expect(openArchive(zip, 'big.zip', { ...DEFAULT_LIMITS, maxExpandedBytes: 1000 })).rejects.toMatchObject({ code: 'zip_bomb' });
  });

  it('names what a non-export file is', async () => {
    expect(await errorCode(new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0])]))).toBe('not_an_export');
    expect(await errorCode(new Blob(['%PDF-1.7 ...']))).toBe('not_an_export');
    expect(await errorCode(new Blob(['<!DOCTYPE html><html>']))).toBe('not_an_export');
    expect(await errorCode(new Blob([]))).toBe('empty_export');
    expect(await errorCode(new Blob(['   \n ']))).toBe('empty_export');
  });

  it('reports a damaged zip clearly', async () => {
    const zip = new Uint8Array(await (await makeZip({ 'conversations.json': '[]' })).arrayBuffer());
    expect(await errorCode(new Blob([zip.subarray(0, zip.length - 30)]), 'cut.zip')).toBe('not_an_export');
  });

  it('refuses a file over the size limit before reading it', async () => {
    await expect(openArchive(new Blob(['[1]']), 'x.json', { ...DEFAULT_LIMITS, maxFileBytes: 2 })).rejects.toMatchObject({ code: 'too_large' });
  });
});
