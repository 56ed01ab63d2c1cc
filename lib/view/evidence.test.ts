import { describe, expect, it } from 'vitest';
import type { Stats } from '../analysis/types';
import { createStatsCollector } from '../stats/collector';
import { conversation, exchange, message } from '../stats/test-conversations';
import type { Conversation } from '../model/conversation';
import { claimsFor, EVIDENCE } from './evidence';

function statsOf(conversations: Conversation[]): Stats {
  const collector = createStatsCollector();
  for (const c of conversations) collector.add(c);
  return collector.compute({ timeZone: 'UTC' });
}

/** `days` consecutive days from 2026-03-01, one exchange a day at `hour` UTC. */
function daily(days: number, hour = 12): Conversation[] {
  return Array.from({ length: days }, (_, i) => exchange(`d${i}`, new Date(Date.UTC(2026, 2, 1 + i, hour)).toISOString()));
}

/** A heatmap (weekday × hour, Monday first) with `weekday` prompts on Tuesdays and `weekend` on Saturdays. */
function heatmap(weekday: number, weekend: number): number[][] {
  return Array.from({ length: 7 }, (_, day) => Array.from({ length: 24 }, (_, hour) => (hour !== 12 ? 0 : day === 1 ? weekday : day === 5 ? weekend : 0)));
}

describe('claimsFor', () => {
  it('claims nothing for one two-message chat', () => {
    const claims = claimsFor(statsOf([exchange('one', '2026-03-01T23:30:00Z')]));
    expect(claims).toEqual({
      routine: false,
      streak: false,
      busiestDay: false,
      longestConversation: false,
      shares: false,
      nightOwl: false,
      weekend: false,
      promptStyle: false,
    });
  });

  it('calls it a routine from a week of active days, not before', () => {
    expect(claimsFor(statsOf(daily(EVIDENCE.routineActiveDays - 1))).routine).toBe(false);
    expect(claimsFor(statsOf(daily(EVIDENCE.routineActiveDays))).routine).toBe(true);
  });

  it('names a streak of two days or more, and a busiest day only against other days', () => {
    const one = claimsFor(statsOf(daily(1)));
    expect(one.streak).toBe(false);
    expect(one.busiestDay).toBe(false);
    const two = claimsFor(statsOf(daily(2)));
    expect(two.streak).toBe(true);
    expect(two.busiestDay).toBe(true);
    // Two days apart: two active days (a busiest day) but no streak.
    const apart = claimsFor(statsOf([exchange('a', '2026-03-01T12:00:00Z'), exchange('b', '2026-03-05T12:00:00Z')]));
    expect(apart.streak).toBe(false);
    expect(apart.busiestDay).toBe(true);
  });

  it('needs other conversations and a real back-and-forth for "your longest conversation"', () => {
    /** A conversation of exactly `count` messages, user and assistant in turn, a minute apart. */
    const long = (id: string, count: number) =>
      conversation(
        id,
        Array.from({ length: count }, (_, i) => message(i % 2 === 0 ? 'user' : 'assistant', `line ${i}`, new Date(Date.UTC(2026, 2, 1, 10, i)).toISOString())),
      );
    const other = exchange('other', '2026-03-02T09:00:00Z');
    // Alone, however long: nothing to be longer than.
    expect(claimsFor(statsOf([long('only', EVIDENCE.longestMessages + 4)])).longestConversation).toBe(false);
    // Two question-and-answer chats: neither is a long talk.
    expect(claimsFor(statsOf([exchange('a', '2026-03-01T09:00:00Z'), other])).longestConversation).toBe(false);
    expect(claimsFor(statsOf([long('short', EVIDENCE.longestMessages - 1), other])).longestConversation).toBe(false);
    expect(claimsFor(statsOf([long('long', EVIDENCE.longestMessages), other])).longestConversation).toBe(true);
    expect(EVIDENCE.longestMessages).toBeGreaterThan(2);
    expect(EVIDENCE.longestConversations).toBeGreaterThanOrEqual(2);
  });

  it('makes no share claim (night owl, weekends) from fewer than ten prompts', () => {
    // Every prompt at 11 PM: a night-owl share of 100%, but of nine prompts.
    const nine = statsOf(daily(EVIDENCE.sharePrompts - 1, 23));
    expect(nine.nightOwlShare).toBe(1);
    expect(claimsFor(nine)).toMatchObject({ shares: false, nightOwl: false, weekend: false });
    const ten = statsOf(daily(EVIDENCE.sharePrompts, 23));
    expect(claimsFor(ten)).toMatchObject({ shares: true, nightOwl: true });
  });

  it('calls someone a night owl from a fifth of prompts after 10 PM', () => {
    const base = statsOf(daily(20));
    expect(claimsFor({ ...base, nightOwlShare: EVIDENCE.nightOwlShare - 0.01 }).nightOwl).toBe(false);
    expect(claimsFor({ ...base, nightOwlShare: EVIDENCE.nightOwlShare }).nightOwl).toBe(true);
  });

  it('never says "on weekends too" when no prompt was on a weekend, or a share that shows as 0%', () => {
    const base = statsOf(daily(20));
    expect(claimsFor({ ...base, heatmap: heatmap(20, 0) }).weekend).toBe(false);
    // 1 of 1,000 prompts (0.1%) prints as "0%".
    expect(claimsFor({ ...base, userMessages: 1000, heatmap: heatmap(999, 1) }).weekend).toBe(false);
    expect(claimsFor({ ...base, userMessages: 20, heatmap: heatmap(15, 5) }).weekend).toBe(true);
  });

  it('reads a prompt style only from a few prompts', () => {
    expect(claimsFor(statsOf(daily(EVIDENCE.promptStylePrompts - 1))).promptStyle).toBe(false);
    expect(claimsFor(statsOf(daily(EVIDENCE.promptStylePrompts))).promptStyle).toBe(true);
  });
});
