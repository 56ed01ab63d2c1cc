import { describe, expect, it } from 'vitest';
import type { Message } from '../model/conversation';
import { conversationFacets } from './conversation-facets';

const message = (overrides: Partial<Message>): Message => ({
  id: 'm',
  role: 'user',
  text: '',
  time: null,
  model: null,
  kind: 'text',
  attachments: [],
  ...overrides,
});

describe('conversationFacets', () => {
  it('lists every answering model, and attachment kinds beside message kinds', () => {
    const facets = conversationFacets(
      [
        message({ text: 'look', attachments: [{ kind: 'image', pointer: 'file-service://file-1' }] }),
        message({ role: 'assistant', model: 'gpt-4o', text: '```ts\nlet a = 1;\n```' }),
        message({ role: 'assistant', model: 'o3' }),
        message({ role: 'assistant', model: 'gpt-4o' }),
      ],
      'gpt-4o-mini',
    );
    expect(facets.models).toEqual(['gpt-4o', 'o3']);
    expect(facets.kinds.sort()).toEqual(['image', 'text']);
    expect(facets.hasCode).toBe(true);
  });

  it('falls back to the conversation model when no message names one', () => {
    expect(conversationFacets([message({ role: 'assistant' })], 'gpt-4').models).toEqual(['gpt-4']);
    expect(conversationFacets([message({})], null)).toEqual({ models: [], kinds: ['text'], hasCode: false });
  });
});
