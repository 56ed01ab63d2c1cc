/**
 * The CLI as automation uses it: a real process, a file and a folder in, the JSON contract out.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeDemoExport, generateDemoExport, generateDemoZip } from '../../lib/demo';
import { chatGptShardedExport } from '../fixtures/exports';

const dir = mkdtempSync(join(tmpdir(), 'ai-wrapped-cli-'));

function analyze(input: string, ...flags: string[]): Record<string, any> {
  const out = join(dir, `out-${Math.random().toString(36).slice(2)}.json`);
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/analyze.ts', input, '--out', out, '--tz', 'UTC', ...flags], { encoding: 'utf8' });
  return JSON.parse(readFileSync(out, 'utf8'));
}

describe('npm run analyze', () => {
  it('writes the documented JSON for an export file', () => {
    const options = { seed: 5, conversations: 40 };
    const file = join(dir, 'conversations.json');
    writeFileSync(file, [...generateDemoExport(options)].join(''));
    const expected = describeDemoExport(options);
    const json = analyze(file);
    expect(json.schemaVersion).toBe(1);
    expect(json.source.format).toBe('chatgpt');
    expect(json.stats).toMatchObject({
      conversations: expected.conversations,
      userMessages: expected.userMessages,
      assistantMessages: expected.assistantMessages,
      firstAt: expected.firstAt,
      lastAt: expected.lastAt,
    });
  });

  it('reads an unzipped, sharded export folder', () => {
    const fixture = chatGptShardedExport();
    const folder = join(dir, 'export');
    for (const [path, value] of Object.entries(fixture.files)) {
      mkdirSync(dirname(join(folder, path)), { recursive: true });
      writeFileSync(join(folder, path), path.endsWith('.json') ? JSON.stringify(value) : String(value));
    }
    const json = analyze(folder);
    expect(json.source.format).toBe('chatgpt');
    expect(json.stats.conversations).toBe(fixture.expected.conversations.length);
    expect(json.stats.userMessages).toBe(fixture.expected.conversations.reduce((sum, c) => sum + c.userMessages, 0));
  });

  it('counts the images and voice clips of an export zip, linked by the same code as the app', () => {
    const file = join(dir, 'export-with-files.zip');
    writeFileSync(file, Buffer.concat([...generateDemoZip({ seed: 7, conversations: 120 })]));
    const { assets } = analyze(file, '--no-ml');
    expect(assets.input).toBe('zip');
    expect(assets.images.total).toBe(assets.images.uploads + assets.images.dalle + assets.images.generated);
    expect(assets.images.uploads).toBeGreaterThan(0);
    expect(assets.images.dalle).toBeGreaterThan(0);
    expect(assets.images.generated).toBeGreaterThan(0);
    expect(assets.images.withFiles).toBe(assets.images.total);
    expect(assets.audio.clips).toBeGreaterThan(0);
    expect(assets.audio.seconds).toBeGreaterThan(assets.audio.clips);
    expect(assets.audio.withTranscript).toBeLessThan(assets.audio.clips);
    expect(assets).toMatchObject({ missing: 0, extra: 0, linked: assets.images.total + assets.audio.clips });
  });

  it('a lone conversations.json has asset counts from the export alone, all without files', () => {
    const file = join(dir, 'plain.json');
    writeFileSync(file, [...generateDemoExport({ seed: 5, conversations: 40 })].join(''));
    const { assets } = analyze(file, '--no-ml');
    expect(assets.input).toBe('json');
    expect(assets.linked).toBe(0);
    expect(assets.missing).toBe(assets.images.total + assets.audio.clips);
    expect(assets.summary).toMatch(/import the whole export zip/);
  });

  it('fails with the specific error and a non-zero exit for a bad file', () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, '[{"title":"cut');
    expect(() => execFileSync(process.execPath, ['--import', 'tsx', 'scripts/analyze.ts', file], { encoding: 'utf8', stdio: 'pipe' })).toThrow(/truncated_json/);
  });
});
