import { describe, expect, it } from 'vitest';
import { createStatsCollector } from './collector';
import { conversation, exchange, message } from './test-conversations';
import type { Conversation } from '../model/conversation';

function collect(conversations: Conversation[]) {
  const collector = createStatsCollector();
  for (const c of conversations) collector.add(c);
  return collector;
}

/**
 * The last activity is 2026-03-15 18:00 UTC, so (in UTC) the last 12 months are the calendar
 * months 2025-04 … 2026-03: 2025-04-01 through 2026-03-15, both days inclusive.
 *   old:      2025-03-31 10:00, 10:10 user "zanzibar" prompts — the day before: outside
 *   edge:     2025-03-31 23:59 user, 2025-04-01 00:00 user — a conversation across the boundary
 *   inside:   2025-04-01 00:00 exchange "kubernetes", 2025-12-31 12:00 exchange "kubernetes"
 *   last:     2026-03-15 18:00 exchange (the last activity)
 *   undated:  one user message with no time (all time only)
 */
function history(): Conversation[] {
  return [
    conversation('old', [
      message('user', 'zanzibar spice', '2025-03-31T10:00:00Z'),
      message('user', 'zanzibar beach', '2025-03-31T10:10:00Z'),
    ]),
    conversation('edge', [
      message('user', 'before midnight', '2025-03-31T23:59:00Z'),
      message('user', 'after midnight', '2025-04-01T00:00:00Z'),
    ]),
    exchange('first-in', '2025-04-01T00:00:00Z', 'kubernetes cluster'),
    exchange('new-year', '2025-12-31T12:00:00Z', 'kubernetes operator'),
    exchange('last', '2026-03-15T18:00:00Z', 'wrap it up'),
    conversation('undated', [message('user', 'no date here', null)]),
  ];
}

describe('last 12 months', () => {
  const collector = collect(history());

  it('spans the 12 calendar months ending with the last activity, from the 1st to the last active day', () => {
    expect(collector.last12Months('UTC')).toEqual({ from: '2025-04-01', to: '2026-03-15' });
  });

  it('counts exactly the messages dated inside it: the first day inclusive, the day before out, undated out', () => {
    const window = collector.last12Months('UTC')!;
    const stats = collector.compute({ timeZone: 'UTC', days: window });
    // edge's 00:00 prompt + three exchanges' prompts; not old's two, edge's 23:59 or the undated one.
    expect(stats.userMessages).toBe(4);
    expect(stats.assistantMessages).toBe(3);
    // edge counts: it has a message inside.
    expect(stats.conversations).toBe(4);
    expect(stats.firstAt).toBe('2025-04-01T00:00:00.000Z');
    expect(stats.lastAt).toBe('2026-03-15T18:01:00.000Z');
    expect(stats.activeDays).toBe(3);
    expect(stats.monthly.map((bucket) => bucket.month)).toEqual([
      '2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03',
    ]);
    expect(stats.monthly[0]).toMatchObject({ conversations: 2, userMessages: 2, assistantMessages: 1 });

    const all = collector.compute({ timeZone: 'UTC' });
    expect(all.userMessages).toBe(4 + 3 + 1);
  });

  it('counts distinctive words over its months only', () => {
    const window = collector.last12Months('UTC')!;
    const words = (stats: { distinctiveWords: { word: string }[] }) => stats.distinctiveWords.map((entry) => entry.word);
    expect(words(collector.compute({ timeZone: 'UTC', days: window }))).toContain('kubernetes');
    expect(words(collector.compute({ timeZone: 'UTC', days: window }))).not.toContain('zanzibar');
    expect(words(collector.compute({ timeZone: 'UTC' }))).toEqual(expect.arrayContaining(['kubernetes', 'zanzibar']));
  });

  it('uses local days: in Tokyo (UTC+9) the last activity is on the 16th and 23:59 UTC on March 31 is already April', () => {
    const window = collector.last12Months('Asia/Tokyo')!;
    expect(window).toEqual({ from: '2025-04-01', to: '2026-03-16' });
    // Both of edge's prompts are inside now; old's (19:00 and 19:10 on March 31 in Tokyo) still are not.
    expect(collector.compute({ timeZone: 'Asia/Tokyo', days: window }).userMessages).toBe(5);
  });

  it('is null when it would equal all time or the latest year, or nothing is dated', () => {
    // The whole history fits inside the 12 months.
    expect(collect([exchange('a', '2025-06-01T10:00:00Z'), exchange('b', '2026-03-15T10:00:00Z')]).last12Months('UTC')).toBeNull();
    // A December last activity: the 12 months are that calendar year.
    expect(collect([exchange('a', '2023-06-01T10:00:00Z'), exchange('b', '2025-12-20T10:00:00Z')]).last12Months('UTC')).toBeNull();
    // Nothing between the window's start and New Year: it holds only the latest year.
    expect(collect([exchange('a', '2024-02-01T10:00:00Z'), exchange('b', '2026-03-15T10:00:00Z')]).last12Months('UTC')).toBeNull();
    expect(collect([conversation('u', [message('user', 'undated', null)])]).last12Months('UTC')).toBeNull();
    expect(createStatsCollector().last12Months('UTC')).toBeNull();
  });

  it('exists as soon as one message before New Year is inside it and one is before it', () => {
    const collector = collect([exchange('a', '2024-02-01T10:00:00Z'), exchange('b', '2025-04-01T00:00:00Z'), exchange('c', '2026-03-15T10:00:00Z')]);
    expect(collector.last12Months('UTC')).toEqual({ from: '2025-04-01', to: '2026-03-15' });
  });

  it('rejects a malformed day', () => {
    expect(() => collector.compute({ timeZone: 'UTC', days: { from: '2025-4-1', to: '2026-03-15' } })).toThrow(RangeError);
  });
});
