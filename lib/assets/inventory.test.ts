/**
 * Asset linking on real zips (zip.js), through the real parsers: both namings uploads come in,
 * DALL·E and image-model pictures, voice clips with and without transcripts, a missing file and
 * a stray one; a lone conversations.json; Claude's name-only attachments.
 */
import { describe, expect, it } from 'vitest';
import { ASSET_CONVERSATION_ID, chatGptAssetExport, makeZip } from '../../tests/unit/zip-fixtures';
import { claudeExport } from '../../tests/fixtures/exports';
import { openArchive } from '../ingest/archive';
import { ingestArchive } from '../ingest/ingest';
import { DEFAULT_LIMITS } from '../ingest/limits';
import { AssetInventory } from './inventory';
import type { AssetRecord } from './types';

async function inventory(blob: Blob, name: string, mode: 'blob' | 'head' = 'blob') {
  const archive = await openArchive(blob, name, DEFAULT_LIMITS);
  const assets = await AssetInventory.open(archive, 'import-1');
  await ingestArchive(archive, name, { limits: DEFAULT_LIMITS, onConversation: (conversation) => assets.add(conversation) });
  const work = assets.work();
  const records: AssetRecord[] = [];
  const blobs = new Map<string, Blob>();
  for await (const { record, blob: bytes } of assets.read({ mode })) {
    records.push(record);
    if (bytes) blobs.set(record.assetId, bytes);
  }
  const byId = (id: string) => records.find((record) => record.assetId === id);
  return { records, blobs, byId, report: assets.report(), work };
}

describe.each(['named', 'dat'] as const)('a ChatGPT zip with its files in the %s naming', (naming) => {
  const fixture = chatGptAssetExport(naming);
  const run = async () => inventory(await makeZip(fixture.files), 'export.zip');

  it('links every pointer to its file, with the kind and source the export and folders say', async () => {
    const { byId } = await run();
    expect(byId('file-UPL1')).toMatchObject({ path: fixture.paths['file-UPL1'], kind: 'image', source: 'upload', name: 'fridge.png', mimeType: 'image/png', width: 64, height: 48, role: 'user', messageId: 'u-upload', conversationId: ASSET_CONVERSATION_ID });
    expect(byId('file-DOC1')).toMatchObject({ path: fixture.paths['file-DOC1'], kind: 'file', source: 'upload', name: 'recipe.pdf', mimeType: 'application/pdf' });
    expect(byId('file_00000000dall3')).toMatchObject({ path: fixture.paths.file_00000000dall3, kind: 'image', source: 'dalle', role: 'tool', width: 32, height: 32 });
    expect(byId('file_00000000gen1')).toMatchObject({ path: fixture.paths.file_00000000gen1, kind: 'image', source: 'generated', width: 32, height: 48 });
    expect(byId('file_00000000voice1')).toMatchObject({ path: fixture.paths.file_00000000voice1, kind: 'audio', source: 'voice', mimeType: 'audio/wav', transcript: 'How long does it bake?', durationSeconds: 2.5 });
    expect(byId('file_00000000voice2')).toMatchObject({ kind: 'audio', source: 'voice', role: 'assistant', durationSeconds: 4 });
    expect(byId('file_00000000voice2')?.transcript).toBeUndefined();
  });

  it('stores the bytes of every file it found, typed by their content', async () => {
    const { blobs } = await run();
    expect([...blobs.keys()].sort()).toEqual([...Object.keys(fixture.paths), fixture.extra[0]!.replace(/-old scan\.png$|\.dat$/, '')].sort());
    expect(blobs.get('file-UPL1')?.type).toBe('image/png');
    expect(new Uint8Array(await blobs.get('file_00000000voice1')!.arrayBuffer()).length).toBe(44 + 2.5 * 8000 * 2);
  });

  it('reports the missing photo and the stray file without failing', async () => {
    const { byId, report } = await run();
    expect(byId('file-GONE')).toMatchObject({ path: null, kind: 'image', source: 'upload', conversationId: ASSET_CONVERSATION_ID });
    expect(report.missing).toEqual({ count: 1, examples: [{ pointer: 'file-GONE', conversationId: ASSET_CONVERSATION_ID, kind: 'image' }] });
    expect(report.extra).toEqual({ count: 1, examples: fixture.extra });
    expect(report.linked).toBe(6);
    expect(report.input).toBe('zip');
    expect(report.byKind).toEqual({ image: naming === 'named' ? 5 : 4, audio: naming === 'named' ? 2 : 3, video: 0, file: 1 });
    expect(report.audioSeconds).toBeCloseTo(naming === 'named' ? 6.5 : 7.5, 5);
  });

  it('counts a stray file by its content: in the new naming a .dat of sound is voice audio', async () => {
    const { records } = await run();
    const stray = records.find((record) => record.conversationId === null)!;
    expect(stray).toMatchObject(naming === 'named' ? { kind: 'image', source: 'upload', name: 'old scan.png' } : { kind: 'audio', source: 'voice', name: 'memo.wav', durationSeconds: 1 });
  });

  it('reads only file heads for counting, with the same facts', async () => {
    const zip = await makeZip(fixture.files);
    const full = await inventory(zip, 'export.zip', 'blob');
    const heads = await inventory(zip, 'export.zip', 'head');
    expect(heads.blobs.size).toBe(0);
    expect(heads.records).toEqual(full.records);
    expect(heads.report).toEqual(full.report);
  });

  it('announces the work before reading: files by kind and their bytes', async () => {
    const { work } = await run();
    // A stray .dat is a 'file' until its bytes are read.
    expect(work.files).toEqual({ image: naming === 'named' ? 4 : 3, audio: 2, video: 0, file: naming === 'named' ? 1 : 2 });
    expect(work.bytes).toBeGreaterThan(2.5 * 8000 * 2);
  });
});

describe('imports without files', () => {
  it('a lone conversations.json: every pointer is missing, and the report says it was JSON', async () => {
    const { files } = chatGptAssetExport('named');
    const { records, report } = await inventory(new Blob([files['conversations.json'] as string]), 'conversations.json');
    expect(records.every((record) => record.path === null)).toBe(true);
    expect(report).toMatchObject({ linked: 0, extra: { count: 0 }, input: 'json' });
    expect(report.missing.count).toBe(7);
    // What the export itself says is kept: durations and transcripts of the voice clips.
    expect(report.audioSeconds).toBeCloseTo(6.5, 5);
  });

  it('a Claude zip: attachments are name-only records, never missing', async () => {
    const fixture = claudeExport();
    const zip = await makeZip(Object.fromEntries(Object.entries(fixture.files).map(([path, value]) => [path, JSON.stringify(value)])));
    const { records, report } = await inventory(zip, 'claude.zip');
    expect(records.length).toBeGreaterThan(0);
    expect(records.every((record) => record.source === 'attachment' && record.path === null && record.conversationId !== null)).toBe(true);
    expect(records.find((record) => record.name === 'diagram.png')).toMatchObject({ kind: 'image', assetId: expect.stringMatching(/^attachment:/) });
    expect(report).toMatchObject({ linked: 0, missing: { count: 0 }, extra: { count: 0 } });
    expect(report.bySource.attachment).toBe(records.length);
  });
});

describe('hostile and odd zips', () => {
  it('a file shown twice is one asset; a broken names file only costs the names', async () => {
    const fixture = chatGptAssetExport('dat');
    const { records } = await inventory(await makeZip({ ...fixture.files, 'conversation_asset_file_names.json': '{"file-UPL1.dat": ' }), 'export.zip');
    expect(records.filter((record) => record.assetId === 'file-UPL1')).toHaveLength(1);
    expect(records.find((record) => record.assetId === 'file-UPL1')).toMatchObject({ name: 'fridge.png', path: 'file-UPL1.dat' });
    expect(records.find((record) => record.conversationId === null)?.name).toBeNull();
  });
});
