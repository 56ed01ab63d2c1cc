import { describe, expect, it } from 'vitest';
import { emptySkipReport } from '../ingest/skip-report';
import type { Conversation } from '../model/conversation';
import { CHATGPT_START, CITED_ANSWER, DALLE_IMAGE, chatGptExport, chatGptShardedExport } from '../../tests/fixtures/exports';
import { parseChatGptConversation } from './chatgpt';

const classic = chatGptExport().files['conversations.json'] as unknown[];
const sharded = chatGptShardedExport().files;

function element(elements: unknown[], id: string): unknown {
  return elements.find((item) => {
    const record = item as { id?: string; conversation_id?: string } | null;
    return record?.id === id || record?.conversation_id === id;
  });
}

function parse(raw: unknown) {
  const skipped = emptySkipReport();
  const conversation = parseChatGptConversation(raw, skipped);
  return { conversation, skipped };
}

function parsed(raw: unknown): Conversation {
  const { conversation } = parse(raw);
  if (!conversation) throw new Error('expected a conversation');
  return conversation;
}

const texts = (conversation: Conversation) => conversation.messages.map((message) => message.text);

describe('ChatGPT: displayed branch only', () => {
  it('follows current_node through parents, skipping edited and regenerated turns', () => {
    const { conversation, skipped } = parse(element(classic, 'cg-edits'));
    expect(conversation && texts(conversation)).toEqual([
      "What's a good name for a cat?",
      'How about Miso?',
      'Something longer',
      'Sir Fluffington the Third.',
    ]);
    expect(skipped).toMatchObject({ offBranchMessages: 3, hiddenMessages: 1 });
  });

  it('builds the branch from parent pointers when children[] is missing', () => {
    const shard = sharded['conversations-000.json'] as unknown[];
    const { conversation, skipped } = parse(element(shard, 'cs-1'));
    expect(conversation?.id).toBe('cs-1');
    expect(conversation && texts(conversation)).toEqual(['Hello', 'Hi!', 'How are you?', 'Fine, thanks.']);
    expect(skipped.offBranchMessages).toBe(1);
  });

  it('falls back to the newest leaf when current_node dangles', () => {
    const shard = sharded['conversations-000.json'] as unknown[];
    const { conversation, skipped } = parse(element(shard, 'cs-dangling'));
    expect(conversation && texts(conversation)).toEqual(['Question one', 'Answer one', 'Question two', 'New answer']);
    expect(skipped.offBranchMessages).toBe(1);
  });

  it('breaks ties between leaves without times by id when current_node is missing', () => {
    const shard = sharded['conversations-001.json'] as unknown[];
    expect(texts(parsed(element(shard, 'cs-no-current')))).toEqual(['Pick one', 'A']);
  });

  it('stops at a parent cycle', () => {
    const shard = sharded['conversations-001.json'] as unknown[];
    expect(texts(parsed(element(shard, 'cs-cycle')))).toEqual(['Loop?', 'No loop.']);
  });

  it('ignores node ids that name Object.prototype members', () => {
    const conversation = parsed({
      id: 'proto',
      current_node: '__proto__',
      mapping: { u: { id: 'u', parent: null, message: { id: 'u', author: { role: 'user' }, content: { content_type: 'text', parts: ['hi'] } } } },
    });
    expect(texts(conversation)).toEqual(['hi']);
  });
});

describe('ChatGPT: hidden messages', () => {
  it('drops system, hidden, weight-0, memory and empty messages, and custom instructions', () => {
    const { conversation, skipped } = parse(element(classic, 'cg-hidden'));
    expect(conversation && texts(conversation)).toEqual([
      'Find news on the Mars mission',
      CITED_ANSWER.shown,
      'Summarize it',
      'Launch is in 2026.',
    ]);
    expect(skipped).toMatchObject({ hiddenMessages: 5, customInstructions: 1, offBranchMessages: 0 });
  });

  it('fills a missing model_slug from the conversation default, and gives users none', () => {
    const conversation = parsed(element(classic, 'cg-hidden'));
    expect(conversation.messages.map((message) => message.model)).toEqual([null, 'gpt-4o', null, 'gpt-4o-mini']);
    expect(conversation.model).toBe('gpt-4o');
  });

  it('converts epoch seconds to milliseconds and keeps null times null', () => {
    const conversation = parsed(element(classic, 'cg-hidden'));
    const start = (CHATGPT_START + 86_400) * 1000;
    expect(conversation.createdAt).toBe(start);
    expect(conversation.messages[0]?.time).toBeNull();
    expect(conversation.messages[1]?.time).toBe(start + 8 * 10_000);
  });

  it('counts a conversation with nothing shown as empty, not emitted', () => {
    const { conversation, skipped } = parse(element(classic, 'cg-empty'));
    expect(conversation).toBeNull();
    expect(skipped).toMatchObject({ emptyConversations: 1, hiddenMessages: 1, customInstructions: 1 });
  });

  it('counts unreadable elements as invalid without throwing', () => {
    for (const bad of [{ id: 'x', title: 'no mapping' }, 'text', null, 42, { mapping: {} }]) {
      const { conversation, skipped } = parse(bad);
      expect(conversation).toBeNull();
      expect(skipped.invalidConversations).toBe(1);
    }
  });
});

describe('ChatGPT: content kinds', () => {
  const conversation = parsed(element(classic, 'cg-tools'));
  const byId = (id: string) => conversation.messages.find((message) => message.id === id);

  it('maps each content type to a kind', () => {
    expect(conversation.messages.map((message) => [message.id, message.role, message.kind])).toEqual([
      ['u1', 'user', 'text'],
      ['a-code', 'assistant', 'code'],
      ['t-exec', 'tool', 'execution_output'],
      ['a-text', 'assistant', 'text'],
      ['u2', 'user', 'text'],
      ['a-search', 'assistant', 'code'],
      ['t-browse', 'tool', 'browsing'],
      ['t-quote', 'tool', 'browsing'],
      ['t-sonic', 'tool', 'browsing'],
      ['a-thoughts', 'assistant', 'thoughts'],
      ['a-recap', 'assistant', 'thoughts'],
      ['a-answer', 'assistant', 'text'],
      ['u3', 'user', 'text'],
      ['a-dalle-call', 'assistant', 'code'],
      ['t-dalle', 'tool', 'image'],
      ['t-err', 'tool', 'tool'],
      ['a-final', 'assistant', 'text'],
    ]);
  });

  it('keeps tool names and per-message models', () => {
    expect(byId('t-exec')?.authorName).toBe('python');
    expect(byId('t-sonic')?.authorName).toBe('web.run');
    expect(byId('t-dalle')?.authorName).toBe('dalle.text2im');
    expect(byId('a-code')?.authorName).toBeUndefined();
    expect(byId('a-thoughts')?.model).toBe('o3');
    expect(byId('t-exec')?.model).toBeNull();
  });

  it('reads text from each content shape', () => {
    expect(byId('a-code')?.text).toBe('import matplotlib.pyplot as plt\nplt.plot([1, 2, 3])');
    expect(byId('t-exec')?.text).toBe('Figure(640x480)');
    expect(byId('t-quote')?.text).toBe('Charts are trending.');
    expect(byId('a-thoughts')?.text).toBe('Compare sources.\n\nPick the newest.');
    expect(byId('a-recap')?.text).toBe('Thought for 8 seconds');
    expect(byId('t-err')?.text).toBe('Code execution state reset.');
  });

  it('counts an uploaded image once, named from metadata.attachments, beside a file', () => {
    expect(byId('u1')?.text).toBe("What's in this chart? Plot it again.");
    expect(byId('u1')?.attachments).toEqual([
      { kind: 'image', name: 'chart.png', pointer: 'file-service://file-UPLOAD1', sizeBytes: 204_800, width: 1024, height: 768, generated: false },
      { kind: 'file', name: 'notes.pdf', fileId: 'file-DOC1', mimeType: 'application/pdf', sizeBytes: 5_000 },
    ]);
  });

  it('marks DALL·E images as generated', () => {
    expect(byId('t-dalle')?.text).toBe('');
    expect(byId('t-dalle')?.attachments).toEqual([
      { kind: 'image', pointer: DALLE_IMAGE, sizeBytes: 350_000, width: 1024, height: 1024, generated: true, generator: 'dalle' },
    ]);
  });
});

describe('ChatGPT: voice', () => {
  const conversation = parsed(element(classic, 'cg-voice'));

  it('reads transcripts as text and every voice message as kind voice', () => {
    expect(texts(conversation)).toEqual([
      "Hey, what's the weather like on Mars?",
      'Cold and dusty.',
      'What is this rock?',
      'Looks like basalt.',
      '',
      "Sorry, I didn't catch that.",
    ]);
    expect(conversation.messages.every((message) => message.kind === 'voice')).toBe(true);
  });

  it('unwraps real-time audio, video and frames into attachments', () => {
    expect(conversation.messages[2]?.attachments).toEqual([
      { kind: 'audio', pointer: 'sediment://file_audio3', sizeBytes: 30_000, mimeType: 'audio/wav' },
      { kind: 'video', pointer: 'sediment://file_video1', sizeBytes: 900_000, mimeType: 'video/mp4' },
      { kind: 'image', pointer: 'sediment://file_frame1', sizeBytes: 40_000, width: 640, height: 480, generated: false },
    ]);
  });

  it('keeps a user turn with audio and no words', () => {
    const wordless = conversation.messages[4];
    expect(wordless?.role).toBe('user');
    expect(wordless?.attachments.map((attachment) => attachment.kind)).toEqual(['audio']);
  });
});
