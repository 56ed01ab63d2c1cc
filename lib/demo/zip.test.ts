/**
 * The demo zip with files: what the app's demo button and the asset tests import. Read back with
 * zip.js and the app's own asset linking, so the demo and the importer keep each other honest.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { AssetInventory } from '../assets/inventory';
import type { AssetRecord } from '../assets/types';
import { openArchive } from '../ingest/archive';
import { ingestArchive } from '../ingest/ingest';
import { DEFAULT_LIMITS } from '../ingest/limits';
import { describeDemoExport, generateDemoExport, generateDemoZip } from './index';

const OPTIONS = { seed: 7, conversations: 120 };

const digest = (chunks: Iterable<Uint8Array | string>) => {
  const hash = createHash('sha256');
  for (const chunk of chunks) hash.update(chunk);
  return hash.digest('hex');
};

/** Generated and read once for the whole file: drawing every picture is the slow part. */
let imported: ReturnType<typeof readDemoZip> | null = null;
const importDemoZip = () => (imported ??= readDemoZip());

async function readDemoZip() {
  const generator = generateDemoZip(OPTIONS);
  const chunks: Uint8Array[] = [];
  let step = generator.next();
  for (; !step.done; step = generator.next()) chunks.push(step.value);
  const archive = await openArchive(new Blob(chunks as BlobPart[]), 'demo.zip', DEFAULT_LIMITS);
  const assets = await AssetInventory.open(archive, 'demo');
  const ingest = await ingestArchive(archive, 'demo.zip', { limits: DEFAULT_LIMITS, onConversation: (conversation) => assets.add(conversation) });
  const records: AssetRecord[] = [];
  for await (const { record } of assets.read({ mode: 'head' })) records.push(record);
  return { archive, ingest, records, report: assets.report(), expectations: step.value };
}

describe('generateDemoZip', () => {
  it('is deterministic: the same options give the same bytes', () => {
    expect(digest(generateDemoZip(OPTIONS))).toBe(digest(generateDemoZip(OPTIONS)));
  });

  it('leaves the plain export untouched: its bytes are what they were before files existed', () => {
    expect(digest(generateDemoExport({ seed: 11, conversations: 150 }))).toBe('726cb134e9c4ccfad615c1e3008fc36a44e833fa52fa779ab4a72e5cdd8f9c1a');
    expect(digest(generateDemoExport({ seed: 11, conversations: 150, assets: false }))).toBe('726cb134e9c4ccfad615c1e3008fc36a44e833fa52fa779ab4a72e5cdd8f9c1a');
  });

  it('holds the same conversations as the JSON with assets, and the same counts as the plain demo', async () => {
    const { archive, ingest, expectations } = await importDemoZip();
    const entry = archive.entries.find((candidate) => candidate.path === 'conversations.json')!;
    const parts: Uint8Array[] = [];
    for await (const chunk of entry.open()) parts.push(chunk);
    expect(digest(parts)).toBe(digest(generateDemoExport({ ...OPTIONS, assets: true })));
    expect(expectations).toEqual(describeDemoExport(OPTIONS));
    expect(ingest.conversations).toBe(OPTIONS.conversations);
  });

  it('links every file to its message: nothing missing, nothing extra', async () => {
    const { records, report } = await importDemoZip();
    expect(report.missing.count).toBe(0);
    expect(report.extra.count).toBe(0);
    expect(report.linked).toBe(records.length);
    expect(records.every((record) => record.bytes !== null && record.bytes > 0)).toBe(true);
  });

  it('has every kind of file, in both upload namings', async () => {
    const { records, archive } = await importDemoZip();
    const paths = archive.entries.map((entry) => entry.path);
    const of = (source: AssetRecord['source']) => records.filter((record) => record.source === source);
    expect(of('upload').some((record) => record.path!.endsWith('.dat') && record.name !== null)).toBe(true);
    expect(of('upload').some((record) => /^file[-_][A-Za-z0-9]+-(IMG_\d+|Screenshot .+)\.png$/.test(record.path!))).toBe(true);
    expect(of('upload').every((record) => record.kind === 'image' && record.mimeType === 'image/png' && record.width !== undefined)).toBe(true);
    expect(of('dalle').length).toBeGreaterThan(0);
    expect(of('dalle').every((record) => record.path!.startsWith('dalle-generations/'))).toBe(true);
    expect(of('generated').length).toBeGreaterThan(0);
    expect(of('generated').every((record) => /^user-[A-Za-z0-9]{24}\//.test(record.path!))).toBe(true);
    expect(paths).toContain('conversation_asset_file_names.json');
  });

  it('has voice clips under their conversation, some with the export’s transcript and some without', async () => {
    const { records } = await importDemoZip();
    const clips = records.filter((record) => record.source === 'voice');
    expect(clips.length).toBeGreaterThan(5);
    for (const clip of clips) {
      expect(clip.path).toBe(`${clip.conversationId}/audio/${clip.path!.split('/').at(-1)}`);
      expect(clip).toMatchObject({ kind: 'audio', mimeType: 'audio/wav' });
      expect(clip.durationSeconds).toBeGreaterThan(1);
    }
    expect(clips.some((clip) => clip.transcript)).toBe(true);
    expect(clips.some((clip) => !clip.transcript)).toBe(true);
    expect(clips.reduce((sum, clip) => sum + clip.durationSeconds!, 0)).toBeLessThanOrEqual(90);
  });
});
