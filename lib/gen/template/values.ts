/**
 * The `{values}` the grammar may insert, formatted from the facts; absent facts stay absent.
 * Counts carry their noun in the right number ("1 conversation") and phrases that need an
 * article carry it ("an 18-day streak"), so no bank phrasing glues "a" or a plural to a number.
 * A value whose claim needs more evidence than the facts hold is left out (lib/gen/evidence.ts).
 */
import type { WrappedFacts } from '../facts';
import { MIN_EVIDENCE } from '../evidence';
import { formatHour, formatMonth } from '../../view/format';
import { countAdjective, countOf, withArticle } from '../../view/language';
import { topModelName } from '../words';

export type TemplateValues = Record<string, string>;

/** Topic labels are quoted wherever they are written, so the grounding checker can find them. */
export function quoteTopic(label: string): string {
  return `"${label}"`;
}

/** "an 18-day streak", "a 7-day streak". */
export function streakWithArticle(days: number): string {
  return withArticle(`${countAdjective(days, 'day')} streak`);
}

export function wrappedValues(facts: WrappedFacts): TemplateValues {
  const values: TemplateValues = {
    inPeriod: facts.year === null ? 'so far' : `in ${facts.year}`,
    conversations: countOf(facts.conversations, 'conversation'),
    prompts: countOf(facts.userMessages, 'prompt'),
    replies: countOf(facts.assistantMessages, 'reply'),
    words: countOf(facts.userWords, 'word'),
    activeDays: countOf(facts.activeDays, 'day'),
    personaName: facts.persona.name,
    personaReason: facts.persona.reason,
  };
  // "Changelog 2026" reads; "Changelog all time" does not, so all-time Wrappeds skip those lines.
  if (facts.year !== null) values.period = String(facts.year);
  if (facts.longestStreak.days >= MIN_EVIDENCE.streakDays) {
    values.streak = countOf(facts.longestStreak.days, 'day');
    values.streakWithArticle = streakWithArticle(facts.longestStreak.days);
  }
  // A peak of a handful of prompts is timing, not a pattern.
  if (facts.userMessages >= MIN_EVIDENCE.patternPrompts) {
    if (facts.peakMonth) values.peakMonth = formatMonth(facts.peakMonth.month);
    if (facts.peakHour !== null) values.peakHour = formatHour(facts.peakHour);
    if (facts.peakWeekday) values.peakWeekday = facts.peakWeekday;
  }
  const model = topModelName(facts);
  if (model) values.topModel = model;
  const topic = facts.ml?.topics[0];
  if (topic && topic.conversations >= MIN_EVIDENCE.topTopicConversations) values.topTopic = quoteTopic(topic.label);
  return values;
}

/** An achievement's own words: its title and description as the analysis wrote them. */
export function achievementValues(achievement: WrappedFacts['achievements'][number]): TemplateValues {
  const description = achievement.description.trim();
  return {
    achievementTitle: achievement.title,
    achievementDescription: /[.!?]$/.test(description) ? description : `${description}.`,
  };
}
