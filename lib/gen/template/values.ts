/** The `{values}` the grammar may insert, formatted from the facts; absent facts stay absent. */
import type { WrappedFacts } from '../facts';
import { formatHour, formatMonth } from '../../view/format';
import { countNoun } from '../words';

export type TemplateValues = Record<string, string>;

/** Topic labels are quoted wherever they are written, so the grounding checker can find them. */
export function quoteTopic(label: string): string {
  return `"${label}"`;
}

export function wrappedValues(facts: WrappedFacts): TemplateValues {
  const values: TemplateValues = {
    inPeriod: facts.year === null ? 'so far' : `in ${facts.year}`,
    conversations: countNoun(facts.conversations, 'conversation'),
    prompts: countNoun(facts.userMessages, 'prompt'),
    replies: countNoun(facts.assistantMessages, 'reply', 'replies'),
    words: countNoun(facts.userWords, 'word'),
    activeDays: countNoun(facts.activeDays, 'day'),
    personaName: facts.persona.name,
    personaReason: facts.persona.reason,
  };
  // "Changelog 2026" reads; "Changelog all time" does not, so all-time Wrappeds skip those lines.
  if (facts.year !== null) values.period = String(facts.year);
  if (facts.longestStreak.days >= 2) values.streak = countNoun(facts.longestStreak.days, 'day');
  if (facts.peakMonth) values.peakMonth = formatMonth(facts.peakMonth.month);
  if (facts.peakHour !== null) values.peakHour = formatHour(facts.peakHour);
  if (facts.peakWeekday) values.peakWeekday = facts.peakWeekday;
  if (facts.topModel) values.topModel = facts.topModel.name;
  const topic = facts.ml?.topics[0];
  if (topic) values.topTopic = quoteTopic(topic.label);
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
