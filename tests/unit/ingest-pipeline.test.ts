/**
 * The whole pipeline on every fixture export, zipped the way users get them: zip → plan →
 * split → parse → stats → analysis. Counts are the fixtures' hand-worked expectations.
 */
import { describe, expect, it } from 'vitest';
import { analyzeArchive } from '../../lib/ingest/analyze-archive';
import { openArchive } from '../../lib/ingest/archive';
import { DEFAULT_LIMITS } from '../../lib/ingest/limits';
import { chatGptExport, chatGptShardedExport, claudeExport, geminiTakeout, type ExportFixture } from '../fixtures/exports';
import { chatGptAssetExport, makeZip } from './zip-fixtures';

function zipContent(fixture: ExportFixture): Record<string, string> {
  return Object.fromEntries(
    Object.entries(fixture.files).map(([path, value]) => [path, path.endsWith('.json') ? JSON.stringify(value) : String(value)]),
  );
}

async function analyse(blob: Blob, name: string) {
  const archive = await openArchive(blob, name, DEFAULT_LIMITS);
  return analyzeArchive(archive, { timeZone: 'UTC', fileName: name, fileBytes: blob.size, contentHash: 'test' });
}

const sum = (fixture: ExportFixture, key: 'userMessages' | 'assistantMessages') =>
  fixture.expected.conversations.reduce((total, conversation) => total + conversation[key], 0);

describe.each([
  ['chatgpt', chatGptExport],
  ['chatgpt', chatGptShardedExport],
  ['claude', claudeExport],
  ['gemini', geminiTakeout],
] as const)('%s export (%s) through the whole pipeline', (format, build) => {
  const fixture = build();

  it('as a zip: counts match the hand-worked expectations', async () => {
    const analysis = await analyse(await makeZip(zipContent(fixture)), 'export.zip');
    expect(analysis.source.format).toBe(format);
    expect(analysis.stats.conversations).toBe(fixture.expected.conversations.length);
    expect(analysis.stats.userMessages).toBe(sum(fixture, 'userMessages'));
    expect(analysis.stats.assistantMessages).toBe(sum(fixture, 'assistantMessages'));
    for (const [reason, count] of Object.entries(fixture.expected.skipped)) {
      expect(analysis.source.skipped[reason as keyof typeof analysis.source.skipped], reason).toBe(count);
    }
    expect(analysis.schemaVersion).toBe(1);
    expect(analysis.stats.firstAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });
});

describe.each(['named', 'dat'] as const)('a ChatGPT zip with its files (%s naming)', (naming) => {
  it('reads the conversation, and counts only chat.html as left out: the files are the assets', async () => {
    const analysis = await analyse(await makeZip(chatGptAssetExport(naming).files), 'export.zip');
    expect(analysis.stats.conversations).toBe(1);
    expect(analysis.stats.userMessages).toBe(3);
    expect(analysis.source.skipped.personalDataFiles).toBe(1);
    expect(analysis.source.skipped.otherFiles).toBe(1);
  });
});

describe('error paths through the pipeline', () => {
  it('a zip without conversations names what it found', async () => {
    const zip = await makeZip({ 'chat.html': '<html></html>', 'user.json': '{}' });
    await expect(analyse(zip, 'export.zip')).rejects.toMatchObject({ code: 'no_conversations' });
  });

  it('a Takeout with only the HTML activity file says to export JSON', async () => {
    const zip = await makeZip({ 'Takeout/My Activity/Gemini Apps/MyActivity.html': '<html></html>' });
    await expect(analyse(zip, 'takeout.zip')).rejects.toMatchObject({ code: 'no_conversations', hint: expect.stringContaining('JSON') });
  });

  it('invalid JSON inside one element is reported with its position', async () => {
    await expect(analyse(new Blob(['[{"mapping": {}, "id": "a"}, {"id": tru}]']), 'conversations.json')).rejects.toMatchObject({
      code: 'invalid_json',
      message: expect.stringContaining('Item 2'),
    });
  });

  it('an unknown schema names the keys it found', async () => {
    await expect(analyse(new Blob(['[{"foo": 1, "bar": 2}]']), 'conversations.json')).rejects.toMatchObject({
      code: 'unknown_schema',
      message: expect.stringContaining('foo'),
    });
  });

  it('an empty array is an empty export', async () => {
    await expect(analyse(new Blob(['[]']), 'conversations.json')).rejects.toMatchObject({ code: 'empty_export' });
  });

  it('cancelling stops the import', async () => {
    const controller = new AbortController();
    controller.abort();
    const blob = await makeZip(zipContent(chatGptExport()));
    const archive = await openArchive(blob, 'export.zip', DEFAULT_LIMITS);
    await expect(
      analyzeArchive(archive, { timeZone: 'UTC', fileName: 'x', fileBytes: 1, contentHash: 'x', signal: controller.signal }),
    ).rejects.toMatchObject({ code: 'cancelled' });
  });
});
