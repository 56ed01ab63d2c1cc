/**
 * Streaming statistics: conversations are added one at a time as the import is parsed and
 * only compact facts are kept (see MessageFacts and TermBuckets), so a 1 GB export never
 * has to sit in memory. Any zone and any year can then be computed from the same facts.
 */
import type { Stats } from '../analysis/types';
import type { Conversation, Role } from '../model/conversation';
import { yearOfDay } from './calendar';
import { attachmentCounts, contentFlags } from './content-flags';
import { localTimes, type LocalTimes } from './local-times';
import { MessageFacts, RoleCode } from './message-facts';
import { messageTimes } from './message-times';
import { periodStats } from './period-stats';
import { promptTerms } from './prompt-terms';
import { TermBuckets } from './term-buckets';
import { countWords } from './text-measures';

export interface StatsOptions {
  /** IANA zone every day, hour and month is computed in. */
  timeZone: string;
  /** A local calendar year; undefined for all time. */
  year?: number;
}

export interface StatsCollector {
  /** Takes what the stats need from a conversation; keeps no message text. */
  add(conversation: Conversation): void;
  /** Local calendar years with any dated message, ascending. */
  years(timeZone: string): number[];
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

    compute({ timeZone, year }) {
      const facts = { messages, conversations, modelNames, terms };
      return periodStats(facts, local(timeZone), timeZone, year);
    },
  };
}

/** Stats of an in-memory list, for tests, the CLI and small imports. */
export function computeStats(conversations: Conversation[], options: StatsOptions): Stats {
  const collector = createStatsCollector();
  for (const conversation of conversations) collector.add(conversation);
  return collector.compute(options);
}

function roleCode(role: Role): RoleCode {
  if (role === 'user') return RoleCode.User;
  if (role === 'assistant') return RoleCode.Assistant;
  return RoleCode.Other;
}
