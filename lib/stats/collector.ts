/**
 * Streaming statistics: conversations are added one at a time as the import is parsed and
 * only compact facts are kept (see MessageFacts and TermBuckets), so a 1 GB export never
 * has to sit in memory. Any zone and any year can then be computed from the same facts.
 */
import type { Stats } from '../analysis/types';
import type { Conversation, Role } from '../model/conversation';
import { firstDayOfYear, formatDay, MS_PER_DAY, monthIndexOfDay, yearOfDay } from './calendar';
import { attachmentCounts, contentFlags } from './content-flags';
import { localTimes, type LocalTimes } from './local-times';
import { MessageFacts, RoleCode } from './message-facts';
import { messageTimes } from './message-times';
import { periodStats, type PeriodRange } from './period-stats';
import { promptTerms } from './prompt-terms';
import { TermBuckets } from './term-buckets';
import { countWords } from './text-measures';

export interface StatsOptions {
  /** IANA zone every day, hour and month is computed in. */
  timeZone: string;
  /** A local calendar year; undefined (and no `days`) for all time. */
  year?: number;
  /** A range of local days instead of a year, e.g. the one `last12Months` returns. */
  days?: DayRange;
}

/** Local calendar days (YYYY-MM-DD in the stats' zone), both ends inclusive. */
export interface DayRange {
  from: string;
  to: string;
}

/** How many calendar months "the last 12 months" spans. */
const RECENT_MONTHS = 12;

export interface StatsCollector {
  /** Takes what the stats need from a conversation; keeps no message text. */
  add(conversation: Conversation): void;
  /** Local calendar years with any dated message, ascending. */
  years(timeZone: string): number[];
  /**
   * "The last 12 months": the 12 local calendar months ending with the month of the last
   * dated message, from the 1st of the earliest of them to the day of that last message, both
   * inclusive (last activity 2026-03-15 → 2025-04-01 … 2026-03-15). Null when it would equal
   * another period: no dated message, the whole dated history inside it (= all time), or
   * nothing dated in it before the latest year began (= the latest year).
   */
  last12Months(timeZone: string): DayRange | null;
  compute(options: StatsOptions): Stats;
}

/** Assistant messages whose model neither the message nor the conversation names. */
const UNKNOWN_MODEL = 'unknown';

export function createStatsCollector(): StatsCollector {
  const messages = new MessageFacts();
  const conversations: { id: string; title: string }[] = [];
  const modelNames: string[] = [];
  const modelIndex = new Map<string, number>();
  const terms = new TermBuckets();
  // Localizing a million times is the costly part of compute; reuse it across years.
  let cached: { timeZone: string; length: number; local: LocalTimes } | null = null;

  function modelOf(slug: string): number {
    let index = modelIndex.get(slug);
    if (index === undefined) {
      index = modelNames.length;
      modelNames.push(slug);
      modelIndex.set(slug, index);
    }
    return index;
  }

  function local(timeZone: string): LocalTimes {
    if (cached?.timeZone !== timeZone || cached.length !== messages.length) {
      cached = {
        timeZone,
        length: messages.length,
        local: localTimes(messages.time, messages.length, timeZone),
      };
    }
    return cached.local;
  }

  return {
    add(conversation) {
      const index = conversations.length;
      conversations.push({ id: conversation.id, title: conversation.title });
      const times = messageTimes(conversation);
      conversation.messages.forEach((message, i) => {
        const time = times[i] ?? NaN;
        const role = roleCode(message.role);
        const isDialogue = role !== RoleCode.Other;
        if (role === RoleCode.User) terms.add(time, promptTerms(message.text));
        messages.push({
          time,
          role,
          // Words and characters are only ever reported for user and assistant text.
          words: isDialogue ? countWords(message.text) : 0,
          chars: isDialogue ? message.text.length : 0,
          flags: contentFlags(message, isDialogue),
          ...attachmentCounts(message),
          // The conversation's default model stands in for messages that don't name one.
          model:
            role === RoleCode.Assistant
              ? modelOf(message.model ?? conversation.model ?? UNKNOWN_MODEL)
              : 0,
          conversation: index,
        });
      });
    },

    years(timeZone) {
      const { day } = local(timeZone);
      const years = new Set<number>();
      for (let i = 0; i < messages.length; i++) {
        if (!Number.isNaN(messages.time[i])) years.add(yearOfDay(day[i] ?? 0));
      }
      return [...years].sort((a, b) => a - b);
    },

    last12Months(timeZone) {
      const { day } = local(timeZone);
      let first = Infinity;
      let last = -Infinity;
      for (let i = 0; i < messages.length; i++) {
        if (Number.isNaN(messages.time[i])) continue;
        const d = day[i]!;
        if (d < first) first = d;
        if (d > last) last = d;
      }
      if (!Number.isFinite(last)) return null;
      const fromDay = firstDayOfMonth(monthIndexOfDay(last) - (RECENT_MONTHS - 1));
      if (first >= fromDay) return null;
      const yearStart = firstDayOfYear(yearOfDay(last));
      for (let i = 0; i < messages.length; i++) {
        if (Number.isNaN(messages.time[i])) continue;
        const d = day[i]!;
        if (d >= fromDay && d < yearStart) return { from: formatDay(fromDay), to: formatDay(last) };
      }
      return null;
    },

    compute({ timeZone, year, days }) {
      const facts = { messages, conversations, modelNames, terms };
      return periodStats(facts, local(timeZone), timeZone, periodRange(year, days));
    },
  };
}

/** Stats of an in-memory list, for tests, the CLI and small imports. */
export function computeStats(conversations: Conversation[], options: StatsOptions): Stats {
  const collector = createStatsCollector();
  for (const conversation of conversations) collector.add(conversation);
  return collector.compute(options);
}

/** The days (and prompt-term months) of a year or a day range; undefined for all time. */
function periodRange(year: number | undefined, days: DayRange | undefined): PeriodRange | undefined {
  if (days !== undefined) {
    const firstDay = parseDay(days.from);
    const lastDay = parseDay(days.to);
    return { firstDay, endDay: lastDay + 1, termMonths: [monthIndexOfDay(firstDay), monthIndexOfDay(lastDay)] };
  }
  if (year === undefined) return undefined;
  return { firstDay: firstDayOfYear(year), endDay: firstDayOfYear(year + 1), termMonths: [year * 12, year * 12 + 11] };
}

/** YYYY-MM-DD → local day number. */
function parseDay(iso: string): number {
  const ms = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? Date.parse(`${iso}T00:00:00Z`) : NaN;
  if (Number.isNaN(ms)) throw new RangeError(`Not a calendar day: ${iso}`);
  return ms / MS_PER_DAY;
}

/** Day number of the 1st of a month index (year × 12 + month − 1). */
function firstDayOfMonth(monthIndex: number): number {
  const year = Math.floor(monthIndex / 12);
  return Date.UTC(year, monthIndex - year * 12, 1) / MS_PER_DAY;
}

function roleCode(role: Role): RoleCode {
  if (role === 'user') return RoleCode.User;
  if (role === 'assistant') return RoleCode.Assistant;
  return RoleCode.Other;
}
