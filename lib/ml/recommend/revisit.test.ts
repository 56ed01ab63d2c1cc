import { describe, expect, it } from 'vitest';
import { formatAge, worthRevisiting, type RevisitConversation } from './revisit';

const DAY = 24 * 3600 * 1000;
const NOW = Date.UTC(2025, 5, 1);

function chat(id: string, turns: number, assistantChars: number, daysAgo: number | null, hasCode = false): RevisitConversation {
  return { id, title: `Title ${id}`, turns, assistantChars, hasCode, lastAt: daysAgo === null ? null : NOW - daysAgo * DAY };
}

describe('worthRevisiting', () => {
  it('ranks a deep, old thread first and says why in words', () => {
    const conversations = [
      chat('quick', 1, 300, 200),
      chat('deep', 42, 60_000, 213, true),
      chat('recent', 30, 50_000, 3),
      chat('medium', 5, 4000, 90),
    ];
    const list = worthRevisiting(conversations, {
      now: NOW,
      topics: { assignments: [0, 0, 1, 1], labels: ['python · pandas', 'bread · flour'], centrality: [0.2, 0.9, 0.5, 0.6] },
    });
    expect(list.map((r) => r.conversationId)).toEqual(['deep', 'medium', 'recent']);
    expect(list[0]!.reason).toBe('A long, deep thread (42 turns) with code, from 7 months ago, about python · pandas');
    expect(list[0]!.signals).toEqual(expect.arrayContaining(['depth', 'followUps', 'age', 'central', 'code']));
    expect(list[0]!.score).toBeGreaterThan(list[1]!.score);
    expect(list[2]!.reason).not.toContain('ago');
  });

  it('keeps at most eight and two per topic', () => {
    const conversations = Array.from({ length: 30 }, (_, i) => chat(`c${i}`, 10 + i, 10_000, 100 + i));
    const assignments = conversations.map((_, i) => i % 5);
    const list = worthRevisiting(conversations, { now: NOW, topics: { assignments, labels: ['a', 'b', 'c', 'd', 'e'] } });
    expect(list).toHaveLength(8);
    for (let topic = 0; topic < 5; topic++) {
      expect(list.filter((r) => assignments[Number(r.conversationId.slice(1))] === topic).length).toBeLessThanOrEqual(2);
    }
    expect(worthRevisiting(conversations, { now: NOW })).toHaveLength(8);
  });

  it('lists nothing trivial and copes with tiny inputs', () => {
    expect(worthRevisiting([], { now: NOW })).toEqual([]);
    expect(worthRevisiting([chat('one', 1, 200, 300)], { now: NOW })).toEqual([]);
    const [only] = worthRevisiting([chat('undated', 3, 500, null)], { now: NOW });
    expect(only!.reason).toBe('A 3-turn chat');
  });

  it('words ages plainly', () => {
    expect(formatAge(1.2)).toBe('a month ago');
    expect(formatAge(7.4)).toBe('7 months ago');
    expect(formatAge(6.99)).toBe('7 months ago');
    expect(formatAge(13)).toBe('a year ago');
    expect(formatAge(40)).toBe('3 years ago');
  });
});
