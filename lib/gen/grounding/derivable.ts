/**
 * Everything a text may state, derived from the facts alone: the numbers (as written, rounded,
 * or as percents), the dates, months, years, weekdays and hours, the quotable names, and the
 * fact strings (persona reason, achievement descriptions, topic labels) that may be quoted
 * verbatim with whatever numbers they contain. Independent of how the templates word things.
 */
import type { WrappedFacts } from '../facts';
import { WEEKDAYS } from '../../view/format';
import { modelName } from '../words';

/** The model-name spans the checker reads (grounding.ts MODEL_WORD), found in a name. */
const MODEL_TOKEN = /\b(?:gpt|chatgpt|claude|gemini|llama|mistral|o[1-9])(?:[-.]?[\w.]+)*\b/gi;

export interface Derivable {
  numbers: Set<number>;
  percents: Set<number>;
  hours: Set<number>;
  years: Set<number>;
  /** 0–11. */
  months: Set<number>;
  /** "2026-03". */
  monthYears: Set<string>;
  /** "03-16" and "2026-03-16". */
  days: Set<string>;
  /** 1–31. */
  daysOfMonth: Set<number>;
  weekdays: Set<string>;
  /** Normalised (see normaliseName): topic labels and their parts, persona and achievement names, the model. */
  quotable: Set<string>;
  /** Lower-case model names. */
  models: Set<string>;
  /** Fact strings (longest first, any case), removed from a text before its numbers are read; null when there are none. */
  verbatim: RegExp | null;
}

export function normaliseName(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/^[\s.,;:!?'’]+|[\s.,;:!?'’]+$/g, '');
}

/** Large counts may be rounded to one, two or three significant figures ("about 12,000", "12.4K"). */
function rounded(value: number): number[] {
  if (value < 1000) return [value];
  const magnitude = 10 ** Math.floor(Math.log10(value));
  return [value, ...[1, 10, 100].map((scale) => Math.round(value / (magnitude / scale)) * (magnitude / scale))];
}

/** A share may be written as a whole percent rounded any way, or with one decimal. */
function percentForms(share: number): number[] {
  const value = share * 100;
  return [Math.round(value), Math.floor(value), Math.ceil(value), Math.round(value * 10) / 10];
}

/** "2026-03-16" → 0 = Monday … 6 = Sunday. */
function weekdayOf(day: string): number {
  return (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
}

function verbatimPattern(strings: string[]): RegExp | null {
  const distinct = [...new Set(strings.filter((text) => text.trim().length > 0))].sort((a, b) => b.length - a.length);
  return distinct.length > 0 ? new RegExp(distinct.map((text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi') : null;
}

export function derivable(facts: WrappedFacts): Derivable {
  const { ml } = facts;
  const counts = [
    facts.conversations,
    facts.userMessages,
    facts.assistantMessages,
    facts.userMessages + facts.assistantMessages,
    facts.userWords,
    facts.activeDays,
    facts.longestStreak.days,
    facts.busiestDay?.userMessages,
    facts.peakMonth?.messages,
    facts.medianPromptWords,
    // A median of an even count is a half (145.5); the words write it rounded ("146 words").
    Math.round(facts.medianPromptWords),
    facts.longestConversationMessages,
    facts.modelCount,
    facts.imagesShared,
    facts.imagesGenerated,
    facts.imagesShared + facts.imagesGenerated,
    facts.voiceMessages,
    facts.achievements.length,
    facts.activeDays > 0 ? Math.round(facts.userMessages / facts.activeDays) : undefined,
    // "one conversation", "your number one topic": a one needs no fact.
    1,
    ...(ml ? [ml.topicCount, ml.topics.length, ml.politenessScore, ml.complexity, ...ml.topics.map((topic) => topic.conversations)] : []),
  ].filter((value): value is number => value !== undefined);

  const shares = [facts.nightOwlShare, facts.weekendShare, facts.codeShare, facts.topModel?.share];
  // "79% on weekdays" is the weekend share said the other way round.
  const complements = shares.filter((share): share is number => share !== undefined).map((share) => 1 - share);
  if (ml) {
    shares.push(ml.politeShare, ml.topicEntropy, ml.mostPositiveMonth?.share, ...ml.topics.map((topic) => topic.share));
    for (const map of [ml.sentiment, ml.emotions, ml.intents]) shares.push(...Object.values(map));
  }

  const dates = [facts.busiestDay?.date, facts.longestStreak.start, facts.longestStreak.end].filter((day): day is string => Boolean(day));
  const monthKeys = [facts.peakMonth?.month, ml?.mostPositiveMonth?.month, ...dates.map((day) => day.slice(0, 7))].filter((month): month is string => Boolean(month));
  const years = new Set(monthKeys.map((month) => Number(month.slice(0, 4))));
  if (facts.year !== null) years.add(facts.year);

  const topicNames = (ml?.topics ?? []).flatMap((topic) => {
    const parts = topic.label.split(/\s*[·|/]\s*/).filter(Boolean);
    return [topic.label, ...parts, parts.join(' '), parts.join(' and '), parts.join(' & '), parts.join(', '), parts.join(' / ')];
  });
  const achievementStrings = facts.achievements.flatMap((achievement) => [achievement.title, achievement.description, achievement.description.replace(/[.!?]$/, '')]);
  // The model as the facts carry it and as the words name it ("text-davinci-002-render-sha" is written "GPT-3.5").
  const modelNames = facts.topModel ? [...new Set([facts.topModel.name, modelName(facts.topModel.name)])] : [];
  const verbatim = [facts.persona.name, facts.persona.reason, ...achievementStrings, ...(ml?.topics.map((topic) => topic.label) ?? []), ...modelNames];

  return {
    numbers: new Set([...counts.flatMap(rounded), ...years]),
    percents: new Set([...shares, ...complements].filter((share): share is number => share !== undefined).flatMap(percentForms)),
    hours: new Set(facts.peakHour === null ? [] : [facts.peakHour, (facts.peakHour + 1) % 24]),
    years,
    months: new Set(monthKeys.map((month) => Number(month.slice(5, 7)) - 1)),
    monthYears: new Set(monthKeys),
    days: new Set(dates.flatMap((day) => [day, day.slice(5)])),
    daysOfMonth: new Set(dates.map((day) => Number(day.slice(8, 10)))),
    weekdays: new Set([...(facts.peakWeekday ? [facts.peakWeekday] : []), ...dates.map((day) => WEEKDAYS[weekdayOf(day)]!)]),
    quotable: new Set([...topicNames, facts.persona.name, ...facts.achievements.map((achievement) => achievement.title), ...modelNames].map(normaliseName)),
    models: new Set(modelNames.flatMap((name) => [name, ...(name.match(MODEL_TOKEN) ?? [])]).map((name) => name.toLowerCase())),
    verbatim: verbatimPattern(verbatim),
  };
}
