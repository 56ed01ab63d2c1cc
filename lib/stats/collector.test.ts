import { describe, expect, it } from 'vitest';
import type { Stats } from '../analysis/types';
import { computeStats, createStatsCollector } from './collector';
import { conversation, exchange, message } from './test-conversations';

/**
 * Three conversations over a month boundary (UTC):
 *   a: Fri 2026-01-30 10:00 user "one two three" (13 chars, 3 words), reply "four five" (9, 2, gpt-4o)
 *      Sat 2026-01-31 23:30 user "— ok" (4, 1: a lone dash is no word), reply "fine" (4, 1, model
 *      from the conversation: gpt-4), then a web.run tool message (no words, one browsing)
 *   b: Sun 2026-02-01 12:00 user "a b c d e f" (11, 6), reply "x" (1, 1, gpt-4o)
 *   c: Tue 2026-02-03 08:00 user "hi" (2, 1), 09:00 user "again" (5, 1)
 */
function threeConversations() {
  return [
    conversation(
      'a',
      [
        message('user', 'one two three', '2026-01-30T10:00:00Z'),
        message('assistant', 'four five', '2026-01-30T10:01:00Z', { model: 'gpt-4o' }),
        message('user', '— ok', '2026-01-31T23:30:00Z'),
        message('assistant', 'fine', '2026-01-31T23:31:00Z'),
        message('tool', 'search results', '2026-01-31T23:31:00Z', { authorName: 'web.run', kind: 'tool' }),
      ],
      { model: 'gpt-4' },
    ),
    conversation('b', [
      message('user', 'a b c d e f', '2026-02-01T12:00:00Z'),
      message('assistant', 'x', '2026-02-01T12:00:30Z', { model: 'gpt-4o' }),
    ]),
    conversation('c', [
      message('user', 'hi', '2026-02-03T08:00:00Z'),
      message('user', 'again', '2026-02-03T09:00:00Z'),
    ]),
  ];
}

function heatmapCells(stats: Stats): string[] {
  const cells: string[] = [];
  stats.heatmap.forEach((hours, weekday) =>
    hours.forEach((count, hour) => {
      if (count > 0) cells.push(`${weekday}@${hour}=${count}`);
    }),
  );
  return cells;
}

describe('computeStats totals (UTC)', () => {
  const stats = computeStats(threeConversations(), { timeZone: 'UTC' });

  it('counts conversations, messages and words; tool messages are neither side', () => {
    expect(stats.conversations).toBe(3);
    expect(stats.userMessages).toBe(5);
    expect(stats.assistantMessages).toBe(3);
    expect(stats.userWords).toBe(3 + 1 + 6 + 1 + 1);
    expect(stats.assistantWords).toBe(2 + 1 + 1);
  });

  it('estimates tokens as user + assistant characters / 4', () => {
    // (13 + 4 + 11 + 2 + 5) + (9 + 4 + 1) = 49 → 12.25
    expect(stats.estimatedTokens).toBe(12);
  });

  it('spans first to last message', () => {
    expect(stats.firstAt).toBe('2026-01-30T10:00:00.000Z');
    expect(stats.lastAt).toBe('2026-02-03T09:00:00.000Z');
    expect(stats.timeZone).toBe('UTC');
  });

  it('finds active days, a streak across the month boundary and the busiest day', () => {
    expect(stats.activeDays).toBe(4);
    expect(stats.longestStreak).toEqual({ days: 3, start: '2026-01-30', end: '2026-02-01' });
    expect(stats.busiestDay).toEqual({ date: '2026-02-03', userMessages: 2 });
  });

  it('puts user messages on the weekday × hour heatmap', () => {
    expect(stats.heatmap).toHaveLength(7);
    expect(stats.heatmap.every((row) => row.length === 24)).toBe(true);
    // Fri 10, Sat 23, Sun 12, Tue 8 and 9.
    expect(heatmapCells(stats)).toEqual(['1@8=1', '1@9=1', '4@10=1', '5@23=1', '6@12=1']);
  });

  it('counts months, each conversation in the month it started', () => {
    expect(stats.monthly).toEqual([
      { month: '2026-01', conversations: 1, userMessages: 2, assistantMessages: 2 },
      { month: '2026-02', conversations: 2, userMessages: 3, assistantMessages: 1 },
    ]);
  });

  it('picks the longest conversation by user + assistant messages', () => {
    expect(stats.longestConversation).toEqual({ id: 'a', title: 'Title a', messages: 4 });
  });

  it('measures prompts: median and histogram', () => {
    // Word counts 3, 1, 6, 1, 1 → sorted 1 1 1 3 6.
    expect(stats.medianPromptWords).toBe(1);
    expect(stats.promptLengths).toEqual([
      { label: '1–5', count: 4 },
      { label: '6–20', count: 1 },
      { label: '21–50', count: 0 },
      { label: '51–150', count: 0 },
      { label: '151–500', count: 0 },
      { label: '500+', count: 0 },
    ]);
  });

  it("counts assistant messages per model, falling back to the conversation's", () => {
    expect(stats.models).toEqual([
      { model: 'gpt-4o', messages: 2 },
      { model: 'gpt-4', messages: 1 },
    ]);
  });

  it('shares night prompts (22:00–04:59) among user messages', () => {
    expect(stats.nightOwlShare).toBeCloseTo(1 / 5);
    expect(stats.contentKinds.browsing).toBe(1);
    expect(stats.codeShare).toBe(0);
  });
});

describe('time zones', () => {
  it('moves days, streaks, months and nights with the zone (Asia/Kolkata, +05:30)', () => {
    const stats = computeStats(threeConversations(), { timeZone: 'Asia/Kolkata' });
    // Sat 23:30Z becomes Sun 05:00: Jan 31 is no longer active and the prompt isn't a night one.
    expect(stats.activeDays).toBe(3);
    expect(stats.longestStreak).toEqual({ days: 1, start: '2026-01-30', end: '2026-01-30' });
    // Feb 1 and Feb 3 both have two prompts: the earlier day wins.
    expect(stats.busiestDay).toEqual({ date: '2026-02-01', userMessages: 2 });
    expect(stats.nightOwlShare).toBe(0);
    expect(stats.monthly).toEqual([
      { month: '2026-01', conversations: 1, userMessages: 1, assistantMessages: 1 },
      { month: '2026-02', conversations: 2, userMessages: 4, assistantMessages: 2 },
    ]);
    expect(stats.timeZone).toBe('Asia/Kolkata');
  });

  it('places the same instant on different weekdays and hours', () => {
    // 2026-03-01T02:30Z: Sunday 02:30 UTC, Saturday 18:30 in LA, Sunday 08:00 in Kolkata.
    const conversations = [exchange('x', '2026-03-01T02:30:00Z')];
    const at = (timeZone: string) => heatmapCells(computeStats(conversations, { timeZone }));
    expect(at('UTC')).toEqual(['6@2=1']);
    expect(at('America/Los_Angeles')).toEqual(['5@18=1']);
    expect(at('Asia/Kolkata')).toEqual(['6@8=1']);
    expect(computeStats(conversations, { timeZone: 'America/Los_Angeles' }).busiestDay?.date).toBe(
      '2026-02-28',
    );
  });

  it('handles the spring-forward day: 01:30 PST and 03:30 PDT, no 02:00 hour', () => {
    const stats = computeStats(
      [exchange('a', '2026-03-08T09:30:00Z'), exchange('b', '2026-03-08T10:30:00Z')],
      { timeZone: 'America/Los_Angeles' },
    );
    expect(heatmapCells(stats)).toEqual(['6@1=1', '6@3=1']);
    expect(stats.busiestDay).toEqual({ date: '2026-03-08', userMessages: 2 });
  });

  it('handles the fall-back day: 01:30 happens twice', () => {
    const stats = computeStats(
      [exchange('a', '2026-11-01T08:30:00Z'), exchange('b', '2026-11-01T09:30:00Z')],
      { timeZone: 'America/Los_Angeles' },
    );
    expect(heatmapCells(stats)).toEqual(['6@1=2']);
  });
});

describe('year filter', () => {
  // New Year's Eve 20:00 UTC is already 01:30 on Jan 1 in Kolkata.
  const conversations = [
    exchange('eve', '2025-12-31T20:00:00Z'),
    conversation('spans', [
      message('user', 'before', '2025-12-30T12:00:00Z'),
      message('user', 'after', '2026-01-02T12:00:00Z'),
    ]),
    exchange('new', '2026-01-05T12:00:00Z'),
  ];

  it('lists local calendar years', () => {
    const collector = createStatsCollector();
    conversations.forEach((c) => collector.add(c));
    expect(collector.years('UTC')).toEqual([2025, 2026]);
    expect(collector.years('Asia/Kolkata')).toEqual([2025, 2026]);
    expect(createStatsCollector().years('UTC')).toEqual([]);
  });

  it('keeps only messages dated in the local year; a conversation counts in every year it touches', () => {
    const utc2025 = computeStats(conversations, { timeZone: 'UTC', year: 2025 });
    expect(utc2025.conversations).toBe(2);
    expect(utc2025.userMessages).toBe(2);
    expect(utc2025.lastAt).toBe('2025-12-31T20:01:00.000Z');

    const kolkata2026 = computeStats(conversations, { timeZone: 'Asia/Kolkata', year: 2026 });
    expect(kolkata2026.conversations).toBe(3);
    expect(kolkata2026.userMessages).toBe(3);
    expect(kolkata2026.firstAt).toBe('2025-12-31T20:00:00.000Z');
    expect(kolkata2026.monthly.map((m) => m.month)).toEqual(['2026-01']);
  });

  it('is empty for a year without activity', () => {
    const stats = computeStats(conversations, { timeZone: 'UTC', year: 2024 });
    expect(stats.conversations).toBe(0);
    expect(stats.firstAt).toBeNull();
    expect(stats.monthly).toEqual([]);
  });
});

describe('definitions', () => {
  it('fills months without activity with zeros', () => {
    const stats = computeStats(
      [exchange('nov', '2025-11-15T12:00:00Z'), exchange('feb', '2026-02-15T12:00:00Z')],
      { timeZone: 'UTC' },
    );
    expect(stats.monthly).toEqual([
      { month: '2025-11', conversations: 1, userMessages: 1, assistantMessages: 1 },
      { month: '2025-12', conversations: 0, userMessages: 0, assistantMessages: 0 },
      { month: '2026-01', conversations: 0, userMessages: 0, assistantMessages: 0 },
      { month: '2026-02', conversations: 1, userMessages: 1, assistantMessages: 1 },
    ]);
  });

  it('takes the mean of the middle two for an even median and skips wordless prompts', () => {
    const prompts = ['one two', 'a b c d', '1 2 3 4 5 6', 'w w w w w w w w w w', ''];
    const stats = computeStats(
      [conversation('p', prompts.map((text) => message('user', text, '2026-01-01T12:00:00Z')))],
      { timeZone: 'UTC' },
    );
    expect(stats.userMessages).toBe(5);
    expect(stats.medianPromptWords).toBe(5);
    expect(stats.promptLengths.map((b) => b.count)).toEqual([2, 2, 0, 0, 0, 0]);
  });

  it('puts bucket edges in the lower bucket: 5, 20, 50, 150, 500', () => {
    const lengths = [5, 6, 20, 21, 50, 51, 150, 151, 500, 501];
    const stats = computeStats(
      [conversation('p', lengths.map((n) => message('user', 'w '.repeat(n), '2026-01-01T12:00:00Z')))],
      { timeZone: 'UTC' },
    );
    expect(stats.promptLengths.map((b) => b.count)).toEqual([1, 2, 2, 2, 2, 1]);
  });

  it('calls models without a slug "unknown" and sorts by use', () => {
    const stats = computeStats(
      [
        conversation('m', [
          message('assistant', 'a', '2026-01-01T00:00:00Z'),
          message('assistant', 'b', '2026-01-01T00:01:00Z'),
          message('assistant', 'c', '2026-01-01T00:02:00Z', { model: 'o3' }),
        ]),
      ],
      { timeZone: 'UTC' },
    );
    expect(stats.models).toEqual([
      { model: 'unknown', messages: 2 },
      { model: 'o3', messages: 1 },
    ]);
  });

  it('breaks a tie for longest conversation by which started first', () => {
    const stats = computeStats(
      [exchange('later', '2026-02-01T00:00:00Z'), exchange('earlier', '2026-01-01T00:00:00Z')],
      { timeZone: 'UTC' },
    );
    expect(stats.longestConversation?.id).toBe('earlier');
  });

  it('shares code among user + assistant messages', () => {
    const stats = computeStats(
      [
        conversation('code', [
          message('user', 'fix this\n```js\nx()\n```', '2026-01-01T00:00:00Z'),
          message('assistant', 'Sure, here is how.', '2026-01-01T00:01:00Z'),
          message('user', 'const a = 1;\nconst b = 2;', '2026-01-01T00:02:00Z'),
          message('assistant', 'x', '2026-01-01T00:03:00Z', { kind: 'code' }),
          message('tool', 'print(1);\nprint(2);', '2026-01-01T00:04:00Z', {
            kind: 'execution_output',
            authorName: 'python',
          }),
        ]),
      ],
      { timeZone: 'UTC' },
    );
    expect(stats.codeShare).toBe(3 / 4);
    expect(stats.contentKinds.codeInterpreter).toBe(1);
  });

  it('counts content kinds over every role', () => {
    const t = '2026-01-01T00:00:00Z';
    const stats = computeStats(
      [
        conversation('kinds', [
          message('user', 'look', t, {
            attachments: [{ kind: 'image' }, { kind: 'image' }, { kind: 'file', name: 'a.pdf' }],
          }),
          message('assistant', '', t, { kind: 'image', attachments: [{ kind: 'image', generated: true }] }),
          message('user', 'spoken', t, { kind: 'voice' }),
          message('user', '', t, { attachments: [{ kind: 'audio' }] }),
          message('assistant', 'hmm', t, { kind: 'thoughts' }),
          message('tool', 'page', t, { kind: 'tool', authorName: 'browser' }),
          message('assistant', 'found it', t, { kind: 'browsing' }),
        ]),
      ],
      { timeZone: 'UTC' },
    );
    expect(stats.contentKinds).toEqual({
      images: 2,
      generatedImages: 1,
      voice: 2,
      browsing: 2,
      codeInterpreter: 0,
      files: 1,
      thoughts: 1,
    });
  });

  it('counts night from 22:00 up to 04:59 local', () => {
    const hours = ['21:59', '22:00', '02:00', '04:59', '05:00'];
    const stats = computeStats(
      [conversation('n', hours.map((h) => message('user', 'x', `2026-01-01T${h}:00Z`)))],
      { timeZone: 'UTC' },
    );
    expect(stats.nightOwlShare).toBe(3 / 5);
  });

  it('dates undated conversations by createdAt, and leaves undatable ones to all-time totals', () => {
    const dated = conversation('created', [message('user', 'x', null)], {
      createdAt: Date.parse('2026-04-02T10:00:00Z'),
    });
    const undatable = conversation('none', [message('user', 'y', null)]);
    const allTime = computeStats([dated, undatable], { timeZone: 'UTC' });
    expect(allTime.conversations).toBe(2);
    expect(allTime.userMessages).toBe(2);
    expect(allTime.firstAt).toBe('2026-04-02T10:00:00.000Z');
    expect(allTime.activeDays).toBe(1);
    // The night share is over prompts whose hour is known.
    expect(allTime.nightOwlShare).toBe(0);
    expect(computeStats([dated, undatable], { timeZone: 'UTC', year: 2026 }).userMessages).toBe(1);
  });

  it('is all zeros for nothing', () => {
    const stats = computeStats([], { timeZone: 'UTC' });
    expect(stats).toMatchObject({
      conversations: 0,
      userMessages: 0,
      estimatedTokens: 0,
      firstAt: null,
      lastAt: null,
      activeDays: 0,
      longestStreak: { days: 0, start: null, end: null },
      busiestDay: null,
      monthly: [],
      longestConversation: null,
      medianPromptWords: 0,
      models: [],
      codeShare: 0,
      nightOwlShare: 0,
      distinctiveWords: [],
    });
    expect(stats.heatmap.flat().every((n) => n === 0)).toBe(true);
  });
});

describe('createStatsCollector', () => {
  it('computes again after more conversations arrive', () => {
    const collector = createStatsCollector();
    collector.add(exchange('a', '2026-01-01T12:00:00Z'));
    expect(collector.compute({ timeZone: 'UTC' }).userMessages).toBe(1);
    collector.add(exchange('b', '2026-01-02T12:00:00Z'));
    expect(collector.compute({ timeZone: 'UTC' }).userMessages).toBe(2);
    expect(collector.compute({ timeZone: 'UTC', year: 2026 }).longestStreak.days).toBe(2);
  });

  it('rejects an unknown time zone', () => {
    const collector = createStatsCollector();
    collector.add(exchange('a', '2026-01-01T12:00:00Z'));
    expect(() => collector.compute({ timeZone: 'Mars/Olympus_Mons' })).toThrow(RangeError);
  });
});
