/**
 * One pass over the collected message facts for one period (a local calendar year, a range of
 * local days such as the last 12 months, or all time), producing Stats. Definitions of each
 * figure are noted where it is counted.
 */
import type { ContentKindCounts, Stats } from '../analysis/types';
import { weekdayOfDay } from './calendar';
import { dayActivity } from './day-activity';
import { distinctiveWords } from './distinctive-words';
import type { LocalTimes } from './local-times';
import { Flag, RoleCode, type MessageFacts } from './message-facts';
import { monthlySeries, type MonthCounts } from './monthly';
import { promptLengths } from './prompt-lengths';
import type { TermBuckets } from './term-buckets';

export interface CollectedFacts {
  messages: MessageFacts;
  conversations: readonly { id: string; title: string }[];
  /** Model slugs by index, as stored in MessageFacts.model. */
  modelNames: readonly string[];
  terms: TermBuckets;
}

/**
 * A period narrower than all time: the local days it spans and the months its distinctive
 * words are counted over (prompt terms are kept per UTC month; see TermBuckets).
 */
export interface PeriodRange {
  /** First local day number in the period, inclusive. */
  firstDay: number;
  /** Local day number just after the period, exclusive. */
  endDay: number;
  /** Month indices (year × 12 + month − 1), both inclusive, whose prompt terms count. */
  termMonths: readonly [number, number];
}

/** Night = 22:00–04:59 local. */
const NIGHT_STARTS = 22;
const NIGHT_ENDS = 5;
/** The usual rule of thumb for English BPE tokenizers. */
const CHARS_PER_TOKEN = 4;

export function periodStats(
  facts: CollectedFacts,
  local: LocalTimes,
  timeZone: string,
  range?: PeriodRange,
): Stats {
  const { messages, conversations } = facts;
  const firstDay = range === undefined ? -Infinity : range.firstDay;
  const endDay = range === undefined ? Infinity : range.endDay;

  let userMessages = 0;
  let assistantMessages = 0;
  let userWords = 0;
  let assistantWords = 0;
  let dialogueChars = 0;
  let codeMessages = 0;
  let datedUserMessages = 0;
  let nightUserMessages = 0;
  let firstAt = Infinity;
  let lastAt = -Infinity;
  const promptWords = new Uint32Array(messages.length);
  let prompts = 0;
  const heatmap = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  const userMessagesByDay = new Map<number, number>();
  const byMonth = new Map<number, MonthCounts>();
  const assistantByModel = new Uint32Array(facts.modelNames.length);
  const kinds: ContentKindCounts = {
    images: 0,
    generatedImages: 0,
    voice: 0,
    browsing: 0,
    codeInterpreter: 0,
    files: 0,
    thoughts: 0,
  };
  // Per conversation: messages of any role in the period (presence), user + assistant
  // messages (length), and the index of its earliest dated message in the period.
  const inPeriod = new Uint32Array(conversations.length);
  const dialogueLength = new Uint32Array(conversations.length);
  const firstMessage = new Int32Array(conversations.length).fill(-1);

  // Indices below are < length, so typed-array reads are defined (hence the `!`s).
  for (let i = 0; i < messages.length; i++) {
    const time = messages.time[i]!;
    const dated = !Number.isNaN(time);
    const day = local.day[i]!;
    // A year (or day range) takes only messages dated inside it; all time also takes undated ones.
    if (range !== undefined && (!dated || day < firstDay || day >= endDay)) continue;

    const conversation = messages.conversation[i]!;
    const role = messages.role[i]!;
    const isDialogue = role !== RoleCode.Other;
    inPeriod[conversation]!++;
    if (isDialogue) dialogueLength[conversation]!++;

    if (dated) {
      if (time < firstAt) firstAt = time;
      if (time > lastAt) lastAt = time;
      const first = firstMessage[conversation]!;
      if (first === -1 || time < messages.time[first]!) firstMessage[conversation] = i;
      const month = monthCounts(byMonth, local.month[i]!);
      if (role === RoleCode.User) month.userMessages++;
      else if (role === RoleCode.Assistant) month.assistantMessages++;
    }

    if (role === RoleCode.User) {
      userMessages++;
      const words = messages.words[i]!;
      userWords += words;
      if (words > 0) promptWords[prompts++] = words;
      if (dated) {
        // Day, hour and night figures count user messages: when *you* were there.
        datedUserMessages++;
        const hour = local.hour[i]!;
        if (hour >= NIGHT_STARTS || hour < NIGHT_ENDS) nightUserMessages++;
        heatmap[weekdayOfDay(day)]![hour]!++;
        userMessagesByDay.set(day, (userMessagesByDay.get(day) ?? 0) + 1);
      }
    } else if (role === RoleCode.Assistant) {
      assistantMessages++;
      assistantWords += messages.words[i]!;
      assistantByModel[messages.model[i]!]!++;
    }

    const flags = messages.flags[i]!;
    if (isDialogue) {
      dialogueChars += messages.chars[i]!;
      if (flags & Flag.Code) codeMessages++;
    }
    // Content kinds count every role: browsing and code runs arrive as tool messages.
    kinds.images += messages.images[i]!;
    kinds.generatedImages += messages.generatedImages[i]!;
    kinds.files += messages.files[i]!;
    if (flags & Flag.Voice) kinds.voice++;
    if (flags & Flag.Browsing) kinds.browsing++;
    if (flags & Flag.CodeInterpreter) kinds.codeInterpreter++;
    if (flags & Flag.Thoughts) kinds.thoughts++;
  }

  // A conversation counts in a period when it has a message there, and in the month of
  // its first message there.
  let conversationCount = 0;
  for (let c = 0; c < conversations.length; c++) {
    if (inPeriod[c]! === 0) continue;
    conversationCount++;
    const first = firstMessage[c]!;
    if (first !== -1) monthCounts(byMonth, local.month[first]!).conversations++;
  }

  const dialogueMessages = userMessages + assistantMessages;
  return {
    conversations: conversationCount,
    userMessages,
    assistantMessages,
    userWords,
    assistantWords,
    estimatedTokens: Math.round(dialogueChars / CHARS_PER_TOKEN),
    firstAt: Number.isFinite(firstAt) ? new Date(firstAt).toISOString() : null,
    lastAt: Number.isFinite(lastAt) ? new Date(lastAt).toISOString() : null,
    ...dayActivity(userMessagesByDay),
    timeZone,
    heatmap,
    monthly: monthlySeries(byMonth),
    longestConversation: longestConversation(facts, dialogueLength, firstMessage),
    ...promptLengths(promptWords.subarray(0, prompts)),
    models: modelUsage(facts.modelNames, assistantByModel),
    // Share of user + assistant messages with code.
    codeShare: dialogueMessages === 0 ? 0 : codeMessages / dialogueMessages,
    contentKinds: kinds,
    // Of user messages whose hour is known.
    nightOwlShare: datedUserMessages === 0 ? 0 : nightUserMessages / datedUserMessages,
    distinctiveWords: distinctiveWords(
      range === undefined ? facts.terms.counts() : facts.terms.countsInMonths(range.termMonths[0], range.termMonths[1]),
      userMessages,
    ),
  };
}

function monthCounts(byMonth: Map<number, MonthCounts>, month: number): MonthCounts {
  let counts = byMonth.get(month);
  if (!counts) {
    counts = { conversations: 0, userMessages: 0, assistantMessages: 0 };
    byMonth.set(month, counts);
  }
  return counts;
}

/** Most user + assistant messages in the period; on a tie the one that started first. */
function longestConversation(
  facts: CollectedFacts,
  dialogueLength: Uint32Array,
  firstMessage: Int32Array,
): Stats['longestConversation'] {
  const startOf = (c: number) => {
    const first = firstMessage[c]!;
    return first === -1 ? Infinity : facts.messages.time[first]!;
  };
  let best = -1;
  for (let c = 0; c < dialogueLength.length; c++) {
    const length = dialogueLength[c]!;
    if (length === 0) continue;
    const bestLength = best === -1 ? 0 : dialogueLength[best]!;
    if (length > bestLength || (length === bestLength && startOf(c) < startOf(best))) best = c;
  }
  const conversation = facts.conversations[best];
  if (!conversation) return null;
  return { id: conversation.id, title: conversation.title, messages: dialogueLength[best]! };
}

/** Assistant messages per model, most used first (ties alphabetical), zeros dropped. */
function modelUsage(names: readonly string[], counts: Uint32Array): Stats['models'] {
  return names
    .map((model, i) => ({ model, messages: counts[i] ?? 0 }))
    .filter((entry) => entry.messages > 0)
    .sort((a, b) => b.messages - a.messages || (a.model < b.model ? -1 : 1));
}
