import { describe, expect, it } from 'vitest';
import { messageTimes } from './message-times';
import { conversation, message } from './test-conversations';

const T1 = '2026-01-01T10:00:00Z';
const T2 = '2026-01-01T11:00:00Z';

describe('messageTimes', () => {
  it('gives undated messages the nearest earlier time, else the nearest later', () => {
    const c = conversation('c', [
      message('user', 'a', null),
      message('assistant', 'b', T1),
      message('user', 'c', null),
      message('assistant', 'd', T2),
    ]);
    expect(messageTimes(c)).toEqual([T1, T1, T1, T2].map(Date.parse));
  });

  it('falls back to createdAt, then updatedAt, then NaN', () => {
    const messages = [message('user', 'a', null)];
    expect(messageTimes(conversation('c', messages, { createdAt: 5, updatedAt: 9 }))).toEqual([5]);
    expect(messageTimes(conversation('c', messages, { updatedAt: 9 }))).toEqual([9]);
    expect(messageTimes(conversation('c', messages))).toEqual([NaN]);
  });

  it('treats non-finite times as missing', () => {
    const c = conversation('c', [message('user', 'a', T1), message('user', 'b', null, { time: NaN })]);
    expect(messageTimes(c)).toEqual([Date.parse(T1), Date.parse(T1)]);
  });
});
