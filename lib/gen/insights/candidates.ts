/**
 * Every insight the facts can support, each with its facts already worded as named values
 * ({share}, {from}, {topic}…) and a score of surprise (how far from a typical user, see
 * baselines.ts) × specificity (how concrete). The style banks phrase the claim from the values
 * (`claims[id]` in template/banks), so every style words the same facts in its own voice.
 * A candidate exists only when its facts do; its values state nothing the facts don't.
 */
import type { WrappedFacts } from '../facts';
import { formatHour, formatMonth, formatPercent } from '../../view/format';
import { quoteTopic } from '../template/values';
import { countNoun, monthDayOrdinal } from '../words';
import * as base from './baselines';
import { above, apart, SPECIFICITY } from './score';

export const INSIGHT_IDS = [
  'night-owl',
  'weekend',
  'streak',
  'busiest-day',
  'peak-month',
  'peak-hour',
  'peak-weekday',
  'code',
  'prompt-length',
  'top-model',
  'model-count',
  'top-topic',
  'rising-topic',
  'topic-spread',
  'top-emotion',
  'sunniest-month',
  'politeness',
  'intent-mix',
  'images',
  'voice',
  'marathon',
] as const;
export type InsightId = (typeof INSIGHT_IDS)[number];

/** A fact worded for a sentence: counts with their noun, dates, percents, quoted topics. */
export type ClaimValues = Readonly<Record<string, string>>;

export interface InsightCandidate {
  id: InsightId;
  surprise: number;
  specificity: number;
  /** Surprise × specificity. */
  score: number;
  /** What the claim may say, by name; a bank phrasing uses some or all of them. */
  values: ClaimValues;
}

type Draft = Omit<InsightCandidate, 'score'>;
type Builder = (facts: WrappedFacts) => Draft | null;

const pct = formatPercent;
/** Shares that would print as "0%" are not worth a sentence. */
const visible = (share: number) => share >= 0.01;

const INTENT_WORDS: Record<string, string> = {
  question: 'questions',
  request: 'requests',
  command: 'instructions',
  statement: 'statements',
  complaint: 'complaints',
  praise: 'praise',
};

/**
 * Images come in three shapes, each with its own value names, so a phrasing written for one
 * shape is never picked for another (the grammar skips phrasings whose values are missing).
 */
function imageValues(shared: number, generated: number): ClaimValues {
  if (shared > 0 && generated > 0) return { shared: countNoun(shared, 'image'), generated: countNoun(generated, 'image') };
  return shared > 0 ? { sharedOnly: countNoun(shared, 'image') } : { generatedOnly: countNoun(generated, 'image') };
}

const builders: Builder[] = [
  ({ nightOwlShare: share }) =>
    visible(share) ? { id: 'night-owl', surprise: above(share, base.NIGHT_OWL_SHARE), specificity: SPECIFICITY.count, values: { share: pct(share) } } : null,
  ({ weekendShare: share, userMessages }) =>
    userMessages > 0 ? { id: 'weekend', surprise: apart(share || 0.01, base.WEEKEND_SHARE), specificity: SPECIFICITY.count, values: { share: pct(share) } } : null,
  ({ longestStreak: { days, start, end } }) => {
    if (days < 2 || !start || !end) return null;
    const values = { days: countNoun(days, 'day'), from: monthDayOrdinal(start), to: monthDayOrdinal(end) };
    return { id: 'streak', surprise: above(days, base.STREAK_DAYS / 2) * 0.5 + above(days, base.STREAK_DAYS) * 0.5, specificity: SPECIFICITY.named, values };
  },
  ({ busiestDay, userMessages, activeDays }) => {
    if (!busiestDay || activeDays < 2) return null;
    const ratio = busiestDay.userMessages / (userMessages / activeDays);
    const values = { day: monthDayOrdinal(busiestDay.date), prompts: countNoun(busiestDay.userMessages, 'prompt') };
    return { id: 'busiest-day', surprise: above(ratio, base.BUSIEST_DAY_RATIO / 2), specificity: SPECIFICITY.named, values };
  },
  ({ peakMonth, userMessages, assistantMessages }) => {
    if (!peakMonth || userMessages + assistantMessages === 0) return null;
    const values = { month: formatMonth(peakMonth.month), messages: countNoun(peakMonth.messages, 'message') };
    return { id: 'peak-month', surprise: above(peakMonth.messages / (userMessages + assistantMessages), base.PEAK_MONTH_SHARE), specificity: SPECIFICITY.named, values };
  },
  ({ peakHour }) => {
    if (peakHour === null) return null;
    // Afternoon is ordinary; the small hours are not.
    const surprise = peakHour >= 22 || peakHour < 5 ? 0.9 : peakHour < 8 ? 0.7 : peakHour >= 19 ? 0.4 : 0.15;
    return { id: 'peak-hour', surprise, specificity: SPECIFICITY.time, values: { hour: formatHour(peakHour), nextHour: formatHour(peakHour + 1) } };
  },
  ({ peakWeekday }) => {
    if (!peakWeekday) return null;
    const surprise = peakWeekday === 'Saturday' || peakWeekday === 'Sunday' ? 0.6 : peakWeekday === 'Friday' ? 0.4 : 0.15;
    return { id: 'peak-weekday', surprise, specificity: SPECIFICITY.time, values: { weekday: peakWeekday, weekdays: `${peakWeekday}s` } };
  },
  ({ codeShare }) => (visible(codeShare) ? { id: 'code', surprise: above(codeShare, base.CODE_SHARE), specificity: SPECIFICITY.count, values: { share: pct(codeShare) } } : null),
  ({ medianPromptWords: words }) =>
    words > 0 ? { id: 'prompt-length', surprise: apart(words, base.PROMPT_WORDS) * 0.8, specificity: SPECIFICITY.count, values: { words: countNoun(words, 'word') } } : null,
  ({ topModel }) =>
    topModel && visible(topModel.share)
      ? { id: 'top-model', surprise: apart(topModel.share, base.TOP_MODEL_SHARE) * 0.7, specificity: SPECIFICITY.named, values: { share: pct(topModel.share), model: topModel.name } }
      : null,
  ({ modelCount }) =>
    modelCount > base.MODEL_COUNT ? { id: 'model-count', surprise: above(modelCount, base.MODEL_COUNT), specificity: SPECIFICITY.count, values: { models: countNoun(modelCount, 'model') } } : null,
  ({ ml }) => {
    const topic = ml?.topics[0];
    if (!ml || !topic || ml.topicCount < 2) return null;
    const concentration = topic.share * ml.topicCount;
    const values = { topic: quoteTopic(topic.label), conversations: countNoun(topic.conversations, 'conversation'), share: pct(topic.share) };
    return { id: 'top-topic', surprise: 0.5 + 0.5 * above(concentration, base.TOP_TOPIC_CONCENTRATION), specificity: SPECIFICITY.named, values };
  },
  ({ ml }) => {
    const rising = ml?.topics.slice(1).find((topic) => topic.trend === 'rising');
    if (!rising) return null;
    const values = { topic: quoteTopic(rising.label), conversations: countNoun(rising.conversations, 'conversation') };
    return { id: 'rising-topic', surprise: 0.6, specificity: SPECIFICITY.named, values };
  },
  ({ ml }) =>
    ml && ml.topicCount >= 2
      ? { id: 'topic-spread', surprise: apart(ml.topicEntropy || 0.01, base.TOPIC_ENTROPY), specificity: SPECIFICITY.count, values: { topics: countNoun(ml.topicCount, 'topic') } }
      : null,
  ({ ml }) => {
    const emotion = ml?.topEmotion;
    if (!ml || !emotion || !visible(ml.emotions[emotion])) return null;
    const share = ml.emotions[emotion];
    return { id: 'top-emotion', surprise: above(share, base.TOP_EMOTION_SHARE), specificity: SPECIFICITY.count, values: { emotion, share: pct(share) } };
  },
  ({ ml }) => {
    const month = ml?.mostPositiveMonth;
    if (!ml || !month || !visible(month.share)) return null;
    const values = { month: formatMonth(month.month), share: pct(month.share) };
    return { id: 'sunniest-month', surprise: above(month.share, ml.sentiment.positive || 0.01), specificity: SPECIFICITY.named, values };
  },
  ({ ml }) =>
    ml && visible(ml.politeShare) ? { id: 'politeness', surprise: above(ml.politeShare, base.POLITE_SHARE), specificity: SPECIFICITY.count, values: { share: pct(ml.politeShare) } } : null,
  ({ ml }) => {
    if (!ml || !visible(ml.intents[ml.topIntent])) return null;
    const share = ml.intents[ml.topIntent];
    const values = { share: pct(share), kind: INTENT_WORDS[ml.topIntent] ?? ml.topIntent };
    return { id: 'intent-mix', surprise: above(share, base.TOP_INTENT_SHARE) * 0.8, specificity: SPECIFICITY.count, values };
  },
  ({ imagesShared, imagesGenerated }) => {
    const total = imagesShared + imagesGenerated;
    if (total === 0) return null;
    return { id: 'images', surprise: above(total, base.MEDIA_COUNT / 2) * 0.8, specificity: SPECIFICITY.count, values: imageValues(imagesShared, imagesGenerated) };
  },
  ({ voiceMessages: voice }) =>
    voice > 0 ? { id: 'voice', surprise: above(voice, base.MEDIA_COUNT / 2) * 0.8, specificity: SPECIFICITY.count, values: { voiceMessages: countNoun(voice, 'voice message') } } : null,
  ({ longestConversationMessages: messages }) =>
    messages > 1 ? { id: 'marathon', surprise: above(messages, base.LONGEST_CONVERSATION), specificity: SPECIFICITY.count, values: { messages: countNoun(messages, 'message') } } : null,
];

/** Every supported candidate, highest score first (ties keep a fixed order). */
export function insightCandidates(facts: WrappedFacts): InsightCandidate[] {
  return builders
    .map((build) => build(facts))
    .filter((draft): draft is Draft => draft !== null)
    .map((draft) => ({ ...draft, score: Math.round(draft.surprise * draft.specificity * 1000) / 1000 }))
    .sort((a, b) => b.score - a.score);
}

export const MIN_INSIGHTS = 3;
export const MAX_INSIGHTS = 6;
