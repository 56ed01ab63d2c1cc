import { describe, expect, it } from 'vitest';
import { emptySkipReport } from '../ingest/skip-report';
import type { Conversation } from '../model/conversation';
import {
  GEMINI_ACTIVITY_PATH,
  chatGptExport,
  chatGptShardedExport,
  claudeExport,
  geminiTakeout,
  type ExportFixture,
} from '../../tests/fixtures/exports';
import { detectFormatFromElement, planArchive } from './detect';
import { createParser, type FormatParser } from './parser';

/** What the ingest pipeline does: plan, detect on the first element, stream every element. */
function importFixture(fixture: ExportFixture) {
  let parser: FormatParser | null = null;
  const conversations: Conversation[] = [];
  for (const path of planArchive(Object.keys(fixture.files)).conversationFiles) {
    for (const element of fixture.files[path] as unknown[]) {
      parser ??= createParser(detectOrThrow(element, path));
      conversations.push(...parser.push(element));
    }
  }
  if (!parser) throw new Error('no conversation files');
  conversations.push(...parser.end());
  return { parser, conversations };
}

function detectOrThrow(element: unknown, path: string) {
  const format = detectFormatFromElement(element);
  if (!format) throw new Error(`undetected first element in ${path}`);
  return format;
}

const count = (conversation: Conversation, role: string) =>
  conversation.messages.filter((message) => message.role === role).length;

describe.each([
  ['ChatGPT', 'chatgpt', chatGptExport],
  ['ChatGPT, sharded', 'chatgpt', chatGptShardedExport],
  ['Claude', 'claude', claudeExport],
  ['Gemini', 'gemini', geminiTakeout],
] as const)('%s export end to end', (_name, format, build) => {
  const fixture = build();
  const { parser, conversations } = importFixture(fixture);

  it('detects the format', () => {
    expect(parser.format).toBe(format);
  });

  it('emits the hand-counted conversations and turns', () => {
    expect(
      conversations.map((conversation) => ({
        id: conversation.id,
        userMessages: count(conversation, 'user'),
        assistantMessages: count(conversation, 'assistant'),
      })),
    ).toEqual(fixture.expected.conversations.map(({ id, userMessages, assistantMessages }) => ({ id, userMessages, assistantMessages })));
    for (const expected of fixture.expected.conversations) {
      if (expected.toolMessages === undefined) continue;
      const conversation = conversations.find((candidate) => candidate.id === expected.id);
      expect(conversation && count(conversation, 'tool')).toBe(expected.toolMessages);
    }
    expect(conversations.every((conversation) => conversation.source === format)).toBe(true);
  });

  it('reports exactly the hand-counted skips', () => {
    expect(parser.skipped).toEqual({ ...emptySkipReport(), ...fixture.expected.skipped });
  });
});

describe('createParser', () => {
  it('emits ChatGPT and Claude conversations as they arrive', () => {
    const parser = createParser('claude');
    const [first] = claudeExport().files['conversations.json'] as unknown[];
    expect(parser.push(first)).toHaveLength(1);
    expect(parser.end()).toEqual([]);
  });

  it('holds Gemini records until the end', () => {
    const parser = createParser('gemini');
    const records = geminiTakeout().files[GEMINI_ACTIVITY_PATH] as unknown[];
    expect(records.flatMap((record) => parser.push(record))).toEqual([]);
    expect(parser.end()).toHaveLength(3);
  });
});
