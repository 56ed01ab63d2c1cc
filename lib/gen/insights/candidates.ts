/**
 * Every insight the facts can support, each with its facts already worded as named values
 * ({share}, {from}, {topic}…) and a score of surprise (how far from a typical user, see
 * baselines.ts) × specificity (how concrete). The style banks phrase the claim from the values
 * (`claims[id]` in template/banks), so every style words the same facts in its own voice.
 * A candidate exists only when its facts clear its bar of evidence (lib/gen/evidence.ts); its
 * values state nothing the facts don't, and its flags say which stronger phrasings it may use.
 */
import type { WrappedFacts } from '../facts';
import { MIN_EVIDENCE as MIN, partialShare, visibleShare as visible, type EvidenceFlag } from '../evidence';
import { formatHour, formatMonth, formatPercent } from '../../view/format';
import { emotionName } from '../../view/display-names';
import { countOf } from '../../view/language';
import { quoteTopic, streakWithArticle } from '../template/values';
import { monthDayOrdinal, topModelName } from '../words';
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
  /**
   * The evidence the facts hold beyond the values (`{?flag}` guards in the banks): 'standout'
   * when the surprise clears MIN_EVIDENCE.standoutSurprise, and the candidate's own flags.
   */
  flags: readonly EvidenceFlag[];
}

type Draft = Omit<InsightCandidate, 'score' | 'flags'> & { flags?: EvidenceFlag[] };
type Builder = (facts: WrappedFacts) => Draft | null;

const pct = formatPercent;
/** A flag when the condition holds. */
const flag = (condition: boolean, name: EvidenceFlag): EvidenceFlag[] => (condition ? [name] : []);

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
  if (shared > 0 && generated > 0) return { shared: countOf(shared, 'image'), generated: countOf(generated, 'image') };
  return shared > 0 ? { sharedOnly: countOf(shared, 'image') } : { generatedOnly: countOf(generated, 'image') };
}

/** Each builder states its bar of evidence first; under it there is no candidate. */
const builders: Builder[] = [
  // Evidence: enough prompts for a share, and a share that doesn't print as 0%.
  ({ nightOwlShare: share, userMessages }) =>
    userMessages >= MIN.sharePrompts && visible(share)
      ? { id: 'night-owl', surprise: above(share, base.NIGHT_OWL_SHARE), specificity: SPECIFICITY.count, values: { share: pct(share) }, flags: flag(share >= MIN.nightOwlShare, 'nightOwl') }
      : null,
  // Evidence: as night owl; "too" only when some prompts came on weekdays as well.
  ({ weekendShare: share, userMessages }) =>
    userMessages >= MIN.sharePrompts && visible(share)
      ? { id: 'weekend', surprise: apart(share, base.WEEKEND_SHARE), specificity: SPECIFICITY.count, values: { share: pct(share) }, flags: flag(partialShare(share), 'weekdaysToo') }
      : null,
  // Evidence: two days in a row or more, with their dates.
  ({ longestStreak: { days, start, end } }) => {
    if (days < MIN.streakDays || !start || !end) return null;
    // The run carries its own article ("an 18-day streak"), so no phrasing writes "a {days}".
    const values = { days: countOf(days, 'day'), streakWithArticle: streakWithArticle(days), from: monthDayOrdinal(start), to: monthDayOrdinal(end) };
    return { id: 'streak', surprise: above(days, base.STREAK_DAYS / 2) * 0.5 + above(days, base.STREAK_DAYS) * 0.5, specificity: SPECIFICITY.named, values };
  },
  // Evidence: other active days to compare with, and a day busier than the average one.
  ({ busiestDay, userMessages, activeDays }) => {
    if (!busiestDay || activeDays < MIN.busiestDayActiveDays) return null;
    const average = userMessages / activeDays;
    if (busiestDay.userMessages <= average) return null;
    const values = { day: monthDayOrdinal(busiestDay.date), prompts: countOf(busiestDay.userMessages, 'prompt') };
    return { id: 'busiest-day', surprise: above(busiestDay.userMessages / average, base.BUSIEST_DAY_RATIO / 2), specificity: SPECIFICITY.named, values };
  },
  // Evidence: a pattern's worth of prompts, and other months (a month holding everything is no peak).
  ({ peakMonth, userMessages, assistantMessages }) => {
    const total = userMessages + assistantMessages;
    if (!peakMonth || userMessages < MIN.patternPrompts || peakMonth.messages >= total) return null;
    const values = { month: formatMonth(peakMonth.month), messages: countOf(peakMonth.messages, 'message') };
    return { id: 'peak-month', surprise: above(peakMonth.messages / total, base.PEAK_MONTH_SHARE), specificity: SPECIFICITY.named, values };
  },
  // Evidence: a pattern's worth of prompts.
  ({ peakHour, userMessages }) => {
    if (peakHour === null || userMessages < MIN.patternPrompts) return null;
    // Afternoon is ordinary; the small hours are not.
    const surprise = peakHour >= 22 || peakHour < 5 ? 0.9 : peakHour < 8 ? 0.7 : peakHour >= 19 ? 0.4 : 0.15;
    return { id: 'peak-hour', surprise, specificity: SPECIFICITY.time, values: { hour: formatHour(peakHour), nextHour: formatHour(peakHour + 1) } };
  },
  // Evidence: a pattern's worth of prompts.
  ({ peakWeekday, userMessages }) => {
    if (!peakWeekday || userMessages < MIN.patternPrompts) return null;
    const surprise = peakWeekday === 'Saturday' || peakWeekday === 'Sunday' ? 0.6 : peakWeekday === 'Friday' ? 0.4 : 0.15;
    return { id: 'peak-weekday', surprise, specificity: SPECIFICITY.time, values: { weekday: peakWeekday, weekdays: `${peakWeekday}s` } };
  },
  // Evidence: enough messages for a share, and a visible one.
  ({ codeShare, userMessages }) =>
    userMessages >= MIN.sharePrompts && visible(codeShare) ? { id: 'code', surprise: above(codeShare, base.CODE_SHARE), specificity: SPECIFICITY.count, values: { share: pct(codeShare) } } : null,
  // Evidence: a median over a few prompts, of at least one word as shown (145.5 is written "146 words").
  ({ medianPromptWords: words, userMessages }) =>
    userMessages >= MIN.promptLengthPrompts && Math.round(words) >= 1
      ? { id: 'prompt-length', surprise: apart(words, base.PROMPT_WORDS) * 0.8, specificity: SPECIFICITY.count, values: { words: countOf(words, 'word') } }
      : null,
  // Evidence: a recorded model, a visible share of enough replies; "mostly" needs a majority, "other models" others.
  (facts) => {
    const { topModel, assistantMessages, modelCount } = facts;
    const model = topModelName(facts);
    if (!topModel || !model || assistantMessages < MIN.sharePrompts || !visible(topModel.share)) return null;
    const flags = [...flag(topModel.share > MIN.majorityShare, 'majority'), ...flag(modelCount >= 2, 'otherModels')];
    return { id: 'top-model', surprise: apart(topModel.share, base.TOP_MODEL_SHARE) * 0.7, specificity: SPECIFICITY.named, values: { share: pct(topModel.share), model }, flags };
  },
  // Evidence: more recorded models than a typical user meets ("unknown" is not one).
  ({ modelCount }) =>
    modelCount > MIN.modelCountAbove ? { id: 'model-count', surprise: above(modelCount, base.MODEL_COUNT), specificity: SPECIFICITY.count, values: { models: countOf(modelCount, 'model') } } : null,
  // Evidence: two topics or more, the top one of two conversations or more.
  ({ ml }) => {
    const topic = ml?.topics[0];
    if (!ml || !topic || ml.topicCount < 2 || topic.conversations < MIN.topTopicConversations || !visible(topic.share)) return null;
    const concentration = topic.share * ml.topicCount;
    const values = { topic: quoteTopic(topic.label), conversations: countOf(topic.conversations, 'conversation'), share: pct(topic.share) };
    return { id: 'top-topic', surprise: 0.5 + 0.5 * above(concentration, base.TOP_TOPIC_CONCENTRATION), specificity: SPECIFICITY.named, values };
  },
  // Evidence: a rising trend over a few conversations.
  ({ ml }) => {
    const rising = ml?.topics.slice(1).find((topic) => topic.trend === 'rising' && topic.conversations >= MIN.risingTopicConversations);
    if (!rising) return null;
    const values = { topic: quoteTopic(rising.label), conversations: countOf(rising.conversations, 'conversation') };
    return { id: 'rising-topic', surprise: 0.6, specificity: SPECIFICITY.named, values };
  },
  // Evidence: two topics or more; "all over the place" needs many.
  ({ ml }) =>
    ml && ml.topicCount >= 2
      ? {
          id: 'topic-spread',
          surprise: apart(ml.topicEntropy || 0.01, base.TOPIC_ENTROPY),
          specificity: SPECIFICITY.count,
          values: { topics: countOf(ml.topicCount, 'topic') },
          flags: flag(ml.topicCount >= MIN.manyTopics, 'manyTopics'),
        }
      : null,
  // Evidence: enough prompts for a share, and a visible share of a feeling (named as the story names it).
  ({ ml, userMessages }) => {
    const emotion = ml?.topEmotion;
    if (!ml || !emotion || userMessages < MIN.sharePrompts || !visible(ml.emotions[emotion])) return null;
    const share = ml.emotions[emotion];
    return { id: 'top-emotion', surprise: above(share, base.TOP_EMOTION_SHARE), specificity: SPECIFICITY.count, values: { emotion: emotionName(emotion, { lower: true }), share: pct(share) } };
  },
  // Evidence: enough prompts, and a visible share of upbeat ones that month.
  ({ ml, userMessages }) => {
    const month = ml?.mostPositiveMonth;
    if (!ml || !month || userMessages < MIN.sharePrompts || !visible(month.share)) return null;
    const values = { month: formatMonth(month.month), share: pct(month.share) };
    return { id: 'sunniest-month', surprise: above(month.share, ml.sentiment.positive || 0.01), specificity: SPECIFICITY.named, values };
  },
  // Evidence: enough prompts for a share, and a visible one.
  ({ ml, userMessages }) =>
    ml && userMessages >= MIN.sharePrompts && visible(ml.politeShare)
      ? { id: 'politeness', surprise: above(ml.politeShare, base.POLITE_SHARE), specificity: SPECIFICITY.count, values: { share: pct(ml.politeShare) } }
      : null,
  // Evidence: enough prompts for a share, and a visible one; "mostly" needs a majority.
  ({ ml, userMessages }) => {
    if (!ml || userMessages < MIN.sharePrompts || !visible(ml.intents[ml.topIntent])) return null;
    const share = ml.intents[ml.topIntent];
    const values = { share: pct(share), kind: INTENT_WORDS[ml.topIntent] ?? ml.topIntent };
    return { id: 'intent-mix', surprise: above(share, base.TOP_INTENT_SHARE) * 0.8, specificity: SPECIFICITY.count, values, flags: flag(share > MIN.majorityShare, 'majority') };
  },
  // Evidence: one image is a fact; the gallery jokes need a standout count.
  ({ imagesShared, imagesGenerated }) => {
    const total = imagesShared + imagesGenerated;
    if (total === 0) return null;
    return { id: 'images', surprise: above(total, base.MEDIA_COUNT / 2) * 0.8, specificity: SPECIFICITY.count, values: imageValues(imagesShared, imagesGenerated) };
  },
  // Evidence: one voice message is a fact.
  ({ voiceMessages: voice }) =>
    voice > 0 ? { id: 'voice', surprise: above(voice, base.MEDIA_COUNT / 2) * 0.8, specificity: SPECIFICITY.count, values: { voiceMessages: countOf(voice, 'voice message') } } : null,
  // Evidence: a conversation of ten messages or more, and other conversations for it to outlast.
  ({ longestConversationMessages: messages, conversations }) =>
    messages >= MIN.marathonMessages && conversations >= MIN.marathonConversations
      ? { id: 'marathon', surprise: above(messages, base.LONGEST_CONVERSATION), specificity: SPECIFICITY.count, values: { messages: countOf(messages, 'message') } }
      : null,
];

/** Every supported candidate, highest score first (ties keep a fixed order). */
export function insightCandidates(facts: WrappedFacts): InsightCandidate[] {
  return builders
    .map((build) => build(facts))
    .filter((draft): draft is Draft => draft !== null)
    .map(({ flags = [], ...draft }) => ({
      ...draft,
      score: Math.round(draft.surprise * draft.specificity * 1000) / 1000,
      flags: [...flags, ...flag(draft.surprise >= MIN.standoutSurprise, 'standout')],
    }))
    .sort((a, b) => b.score - a.score);
}

export const MIN_INSIGHTS = 3;
export const MAX_INSIGHTS = 6;
