import { describe, expect, it } from 'vitest';
import { ImportError } from '../ingest/import-error';
import { GEMINI_ACTIVITY_PATH, archivePaths, chatGptExport, claudeExport, geminiTakeout } from '../../tests/fixtures/exports';
import { detectFormatFromElement, geminiActivityFile, planArchive, unknownSchemaError } from './detect';

const first = (files: Record<string, unknown>, path: string) => (files[path] as unknown[])[0];

describe('detectFormatFromElement', () => {
  it('recognizes each export by its first element', () => {
    expect(detectFormatFromElement(first(chatGptExport().files, 'conversations.json'))).toBe('chatgpt');
    expect(detectFormatFromElement(first(claudeExport().files, 'conversations.json'))).toBe('claude');
    expect(detectFormatFromElement(first(geminiTakeout().files, GEMINI_ACTIVITY_PATH))).toBe('gemini');
  });

  it('returns null for anything else', () => {
    const junk = [
      null,
      'conversations',
      42,
      [],
      {},
      { id: 'abc', foo: 1, bar: 2 },
      { id: 's', conversation_id: 'c', title: 'shared link', is_anonymous: true },
      { header: 'YouTube', title: 'Watched a video', time: '2024-01-01T00:00:00Z' },
      { mapping: 'not an object' },
    ];
    for (const element of junk) expect(detectFormatFromElement(element)).toBeNull();
  });
});

describe('unknownSchemaError', () => {
  it('names the keys found and the shapes expected', () => {
    const error = unknownSchemaError({ id: 'abc', foo: 1, bar: 2 });
    expect(error).toBeInstanceOf(ImportError);
    expect(error.code).toBe('unknown_schema');
    expect(error.message).toContain('the first item has keys id, foo, bar');
    for (const expected of ['"mapping"', '"chat_messages"', '"header"', '"title"', '"time"']) {
      expect(error.message).toContain(expected);
    }
    expect(error.hint).not.toBe('');
  });

  it('names the file, shortens long key lists and describes non-objects', () => {
    const keys = Object.fromEntries(Array.from({ length: 12 }, (_, index) => [`k${index}`, index]));
    expect(unknownSchemaError(keys, 'data.json').message).toMatch(/^"data\.json" .*k0, k1, k2, k3, k4, k5, k6, k7, … \(12 keys\)/);
    expect(unknownSchemaError('x').message).toContain('the first item is a string');
    expect(unknownSchemaError([]).message).toContain('the first item is itself a list');
    expect(unknownSchemaError(null).message).toContain('the first item is null');
  });

  it('says when the file is Google activity for another product', () => {
    const error = unknownSchemaError({ header: 'YouTube', title: 'Watched', time: '2024-01-01T00:00:00Z' });
    expect(error.message).toContain('Google activity for "YouTube", not Gemini Apps');
  });
});

describe('planArchive', () => {
  it('plans a ChatGPT zip', () => {
    expect(planArchive(archivePaths.chatGpt)).toEqual({
      conversationFiles: ['conversations.json'],
      shards: 0,
      hint: 'chatgpt',
      personalDataFiles: ['user.json'],
      otherFiles: archivePaths.chatGpt.filter((path) => path !== 'conversations.json' && path !== 'user.json'),
    });
  });

  it('orders shards numerically, whatever the manifest or zip order', () => {
    const plan = planArchive(archivePaths.chatGptSharded);
    expect(plan.conversationFiles).toEqual([
      'conversations-000.json',
      'conversations-001.json',
      'conversations-002.json',
      'conversations-010.json',
    ]);
    expect(plan.shards).toBe(4);
    expect(plan.hint).toBe('chatgpt');
    expect(plan.otherFiles).toContain('export_manifest.json');
    expect(planArchive(['conversations-10.json', 'conversations-2.json']).conversationFiles).toEqual([
      'conversations-2.json',
      'conversations-10.json',
    ]);
  });

  it('plans a Claude zip, never reading users.json or memories.json', () => {
    expect(planArchive(archivePaths.claude)).toEqual({
      conversationFiles: ['conversations.json'],
      shards: 0,
      hint: 'claude',
      personalDataFiles: ['users.json', 'memories.json'],
      otherFiles: ['projects.json'],
    });
  });

  it('finds the Gemini activity in a Takeout of every product', () => {
    const plan = planArchive(archivePaths.takeout);
    expect(plan.conversationFiles).toEqual(['Takeout/My Activity/Gemini Apps/MyActivity.json']);
    expect(plan.hint).toBe('gemini');
    expect(plan.otherFiles).toContain('Takeout/My Activity/Search/MyActivity.json');
    expect(plan.otherFiles).not.toContain('Takeout/');
    expect(plan.otherFiles).toHaveLength(7);
  });

  it('leaves an HTML-only Gemini activity in otherFiles', () => {
    const plan = planArchive(archivePaths.takeoutHtmlOnly);
    expect(plan.conversationFiles).toEqual([]);
    expect(plan.otherFiles).toContain('Takeout/My Activity/Gemini Apps/My Activity.html');
    expect(plan.hint).toBeNull();
  });

  it('looks inside a top-level folder', () => {
    expect(planArchive(archivePaths.nested)).toMatchObject({
      conversationFiles: ['chatgpt-export-2024-06/conversations.json'],
      hint: 'chatgpt',
      personalDataFiles: ['chatgpt-export-2024-06/user.json'],
      otherFiles: ['chatgpt-export-2024-06/chat.html'],
    });
  });

  it('gives no hint when the names disagree or say nothing', () => {
    expect(planArchive(['conversations.json', 'user.json', 'users.json']).hint).toBeNull();
    expect(planArchive(['conversations.json']).hint).toBeNull();
  });
});

describe('geminiActivityFile', () => {
  it('matches either file name in a Gemini or Bard folder, any case or separator', () => {
    expect(geminiActivityFile('Takeout/My Activity/Gemini Apps/MyActivity.json')).toBe('json');
    expect(geminiActivityFile('Takeout\\Meine Aktivitäten\\Gemini Apps\\My Activity.json')).toBe('json');
    expect(geminiActivityFile('takeout/my activity/bard/myactivity.JSON')).toBe('json');
    expect(geminiActivityFile('Takeout/My Activity/Gemini Apps/MyActivity.html')).toBe('html');
  });

  it('ignores other products and other files', () => {
    expect(geminiActivityFile('Takeout/My Activity/Search/MyActivity.json')).toBeNull();
    expect(geminiActivityFile('MyActivity.json')).toBeNull();
    expect(geminiActivityFile('Takeout/My Activity/Gemini Apps/image.png')).toBeNull();
  });
});
