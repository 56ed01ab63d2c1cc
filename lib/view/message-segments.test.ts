import { describe, expect, it } from 'vitest';
import { messageSegments } from './message-segments';

describe('messageSegments', () => {
  it('keeps plain text as one segment', () => {
    expect(messageSegments('hello\nworld')).toEqual([{ type: 'text', text: 'hello\nworld' }]);
  });

  it('splits fenced code with its language', () => {
    expect(messageSegments('Try this:\n```ts\nconst a = 1;\n```\nDone.')).toEqual([
      { type: 'text', text: 'Try this:' },
      { type: 'code', language: 'ts', text: 'const a = 1;' },
      { type: 'text', text: 'Done.' },
    ]);
  });

  it('treats an unclosed fence as code to the end', () => {
    expect(messageSegments('```\nx = 1')).toEqual([{ type: 'code', language: null, text: 'x = 1' }]);
  });
});
