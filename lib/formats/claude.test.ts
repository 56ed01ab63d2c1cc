import { describe, expect, it } from 'vitest';
import { emptySkipReport } from '../ingest/skip-report';
import type { Conversation } from '../model/conversation';
import { claudeExport } from '../../tests/fixtures/exports';
import { parseClaudeConversation } from './claude';

const elements = claudeExport().files['conversations.json'] as unknown[];
const element = (uuid: string) => elements.find((item) => (item as { uuid?: string }).uuid === uuid);

function parse(raw: unknown) {
  const skipped = emptySkipReport();
  const conversation = parseClaudeConversation(raw, skipped);
  return { conversation, skipped };
}

function parsed(raw: unknown): Conversation {
  const { conversation } = parse(raw);
  if (!conversation) throw new Error('expected a conversation');
  return conversation;
}

describe('Claude: content blocks are the truth', () => {
  const { conversation, skipped } = parse(element('cl-tools'));
  const messages = conversation?.messages ?? [];
  const byId = (id: string) => messages.find((message) => message.id === id);

  it('orders messages by created_at', () => {
    expect(messages.map((message) => message.id)).toEqual(['m1', 'm2', 'm3', 'm4', 'm5', 'm6']);
    expect(messages.map((message) => message.role)).toEqual(['user', 'assistant', 'user', 'assistant', 'assistant', 'assistant']);
  });

  it('joins text blocks, leaving out thinking, tools and the placeholder in `text`', () => {
    expect(byId('m2')?.text).toBe('Sure.\n\nDone.');
    expect(byId('m2')?.kind).toBe('text');
    expect(skipped.placeholderText).toBe(2);
  });

  it('gives thinking-only messages kind thoughts and tool-only messages kind tool', () => {
    expect(byId('m4')).toMatchObject({ text: '', kind: 'thoughts' });
    expect(byId('m5')).toMatchObject({ text: '', kind: 'tool', authorName: 'web_search' });
  });

  it('reads attachments and files, keeping only real MIME types', () => {
    expect(byId('m1')?.attachments).toEqual([
      { kind: 'file', name: 'parser.ts', sizeBytes: 2048 },
      { kind: 'image', name: 'diagram.png' },
    ]);
  });

  it('has no model and converts ISO times', () => {
    expect(conversation?.model).toBeNull();
    expect(messages.every((message) => message.model === null)).toBe(true);
    expect(conversation?.createdAt).toBe(Date.UTC(2024, 6, 1, 10));
    expect(byId('m2')?.time).toBe(Date.UTC(2024, 6, 1, 10, 0, 10));
  });
});

describe('Claude: exports without content[]', () => {
  const { conversation, skipped } = parse(element('cl-legacy'));

  it('reads `text`, keeps an attachment-only user turn and drops a placeholder-only answer', () => {
    expect(conversation?.messages.map((message) => [message.role, message.kind, message.text])).toEqual([
      ['user', 'text', 'Write a haiku about rain'],
      ['assistant', 'text', 'Rain taps the window\nsoft drums on the sleeping street\npuddles hold the sky'],
      ['user', 'file', ''],
    ]);
    expect(skipped).toMatchObject({ placeholderText: 1, hiddenMessages: 1 });
  });

  it('titles a nameless conversation', () => {
    expect(conversation?.title).toBe('Untitled');
  });

  it('removes a fenced placeholder from the middle of `text`', () => {
    const conversation = parsed({
      uuid: 'c',
      chat_messages: [{ uuid: 'a', sender: 'assistant', text: 'Here:\n\n```\nThis block is not supported on your current device yet.\n```\n\nEnjoy.' }],
    });
    expect(conversation.messages[0]?.text).toBe('Here:\n\nEnjoy.');
  });
});

describe('Claude: unusable conversations', () => {
  it('counts an empty conversation and one without chat_messages', () => {
    expect(parse(element('cl-empty'))).toMatchObject({ conversation: null, skipped: { emptyConversations: 1 } });
    expect(parse(element('cl-broken'))).toMatchObject({ conversation: null, skipped: { invalidConversations: 1 } });
    expect(parse('nope')).toMatchObject({ conversation: null, skipped: { invalidConversations: 1 } });
  });

  it('keeps a message without a time after the one before it', () => {
    const conversation = parsed({
      uuid: 'c',
      chat_messages: [
        { uuid: 'b', sender: 'assistant', text: 'second', created_at: '2024-01-01T00:00:02Z' },
        { uuid: 'x', sender: 'human', text: 'no time' },
        { uuid: 'a', sender: 'human', text: 'first', created_at: '2024-01-01T00:00:01Z' },
      ],
    });
    expect(conversation.messages.map((message) => message.id)).toEqual(['a', 'b', 'x']);
  });
});
