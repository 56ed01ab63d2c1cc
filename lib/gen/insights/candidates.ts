/**
 * Every insight the facts can support, each with its claim written two ways and a score of
 * surprise (how far from a typical user, see baselines.ts) × specificity (how concrete).
 * A candidate exists only when its facts do; claims state nothing the facts don't.
 */
import type { WrappedFacts } from '../facts';
import { formatHour, formatMonth, formatPercent } from '../../view/format';
import { quoteTopic } from '../template/values';
import { countNoun, monthDayOrdinal } from '../words';
import * as base from './baselines';
import { above, apart, SPECIFICITY } from './score';

export interface InsightCandidate {
  id: string;
  surprise: number;
  specificity: number;
  /** Surprise × specificity. */
  score: number;
  /** The same fact in different words; the grammar picks one. */
  claims: string[];
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

const builders: Builder[] = [
  ({ nightOwlShare: share }) =>
    visible(share)
      ? { id: 'night-owl', surprise: above(share, base.NIGHT_OWL_SHARE), specificity: SPECIFICITY.count, claims: [`${pct(share)} of your prompts were sent late at night.`, `Late nights claimed ${pct(share)} of your prompts.`] }
      : null,
  ({ weekendShare: share, userMessages }) =>
    userMessages > 0
      ? { id: 'weekend', surprise: apart(share || 0.01, base.WEEKEND_SHARE), specificity: SPECIFICITY.count, claims: [`${pct(share)} of your prompts landed on a weekend.`, `Weekends carried ${pct(share)} of your prompts.`] }
      : null,
  ({ longestStreak: { days, start, end } }) => {
    if (days < 2 || !start || !end) return null;
    const from = monthDayOrdinal(start);
    const to = monthDayOrdinal(end);
    return { id: 'streak', surprise: above(days, base.STREAK_DAYS / 2) * 0.5 + above(days, base.STREAK_DAYS) * 0.5, specificity: SPECIFICITY.named, claims: [`Your longest streak ran ${countNoun(days, 'day')}, from ${from} to ${to}.`, `From ${from} to ${to} you showed up ${countNoun(days, 'day')} in a row.`] };
  },
  ({ busiestDay, userMessages, activeDays }) => {
    if (!busiestDay || activeDays < 2) return null;
    const ratio = busiestDay.userMessages / (userMessages / activeDays);
    const day = monthDayOrdinal(busiestDay.date);
    const prompts = countNoun(busiestDay.userMessages, 'prompt');
    return { id: 'busiest-day', surprise: above(ratio, base.BUSIEST_DAY_RATIO / 2), specificity: SPECIFICITY.named, claims: [`${day} was your busiest day, with ${prompts}.`, `On ${day} alone you sent ${prompts}.`] };
  },
  ({ peakMonth, userMessages, assistantMessages }) => {
    if (!peakMonth || userMessages + assistantMessages === 0) return null;
    const month = formatMonth(peakMonth.month);
    const messages = countNoun(peakMonth.messages, 'message');
    return { id: 'peak-month', surprise: above(peakMonth.messages / (userMessages + assistantMessages), base.PEAK_MONTH_SHARE), specificity: SPECIFICITY.named, claims: [`${month} was your biggest month, with ${messages}.`, `No month came close to ${month} and its ${messages}.`] };
  },
  ({ peakHour }) => {
    if (peakHour === null) return null;
    // Afternoon is ordinary; the small hours are not.
    const surprise = peakHour >= 22 || peakHour < 5 ? 0.9 : peakHour < 8 ? 0.7 : peakHour >= 19 ? 0.4 : 0.15;
    const hour = formatHour(peakHour);
    return { id: 'peak-hour', surprise, specificity: SPECIFICITY.time, claims: [`Your busiest hour of the day started at ${hour}.`, `More prompts went out in the hour from ${hour} than in any other.`] };
  },
  ({ peakWeekday }) => {
    if (!peakWeekday) return null;
    const surprise = peakWeekday === 'Saturday' || peakWeekday === 'Sunday' ? 0.6 : peakWeekday === 'Friday' ? 0.4 : 0.15;
    return { id: 'peak-weekday', surprise, specificity: SPECIFICITY.time, claims: [`${peakWeekday} was your busiest day of the week.`, `Of all the days of the week, ${peakWeekday} saw the most prompts.`] };
  },
  ({ codeShare }) =>
    visible(codeShare)
      ? { id: 'code', surprise: above(codeShare, base.CODE_SHARE), specificity: SPECIFICITY.count, claims: [`${pct(codeShare)} of your messages had code in them.`, `Code turned up in ${pct(codeShare)} of your messages.`] }
      : null,
  ({ medianPromptWords: words }) =>
    words > 0
      ? { id: 'prompt-length', surprise: apart(words, base.PROMPT_WORDS) * 0.8, specificity: SPECIFICITY.count, claims: [`Your typical prompt was ${countNoun(words, 'word')} long.`, `Half your prompts ran to ${countNoun(words, 'word')} or fewer.`] }
      : null,
  ({ topModel }) =>
    topModel && visible(topModel.share)
      ? { id: 'top-model', surprise: apart(topModel.share, base.TOP_MODEL_SHARE) * 0.7, specificity: SPECIFICITY.named, claims: [`${pct(topModel.share)} of your replies came from ${topModel.name}.`, `Most often it was ${topModel.name} answering: ${pct(topModel.share)} of your replies.`] }
      : null,
  ({ modelCount }) =>
    modelCount > base.MODEL_COUNT
      ? { id: 'model-count', surprise: above(modelCount, base.MODEL_COUNT), specificity: SPECIFICITY.count, claims: [`You talked to ${countNoun(modelCount, 'different model')}.`, `${countNoun(modelCount, 'model')} answered you along the way.`] }
      : null,
  ({ ml }) => {
    const topic = ml?.topics[0];
    if (!ml || !topic || ml.topicCount < 2) return null;
    const concentration = topic.share * ml.topicCount;
    const name = quoteTopic(topic.label);
    const count = countNoun(topic.conversations, 'conversation');
    return { id: 'top-topic', surprise: 0.5 + 0.5 * above(concentration, base.TOP_TOPIC_CONCENTRATION), specificity: SPECIFICITY.named, claims: [`${name} was your biggest topic: ${count}, ${pct(topic.share)} of the total.`, `${count} circled back to ${name}, more than any other topic.`] };
  },
  ({ ml }) => {
    const rising = ml?.topics.slice(1).find((topic) => topic.trend === 'rising');
    if (!rising) return null;
    const name = quoteTopic(rising.label);
    return { id: 'rising-topic', surprise: 0.6, specificity: SPECIFICITY.named, claims: [`${name} was on the rise, more and more as time went on.`, `${name} kept growing: ${countNoun(rising.conversations, 'conversation')} and climbing.`] };
  },
  ({ ml }) =>
    ml && ml.topicCount >= 2
      ? { id: 'topic-spread', surprise: apart(ml.topicEntropy || 0.01, base.TOPIC_ENTROPY), specificity: SPECIFICITY.count, claims: [`Your conversations spread across ${countNoun(ml.topicCount, 'topic')}.`, `${countNoun(ml.topicCount, 'distinct topic')} shared your attention.`] }
      : null,
  ({ ml }) => {
    const emotion = ml?.topEmotion;
    if (!ml || !emotion || !visible(ml.emotions[emotion])) return null;
    const share = ml.emotions[emotion];
    return { id: 'top-emotion', surprise: above(share, base.TOP_EMOTION_SHARE), specificity: SPECIFICITY.count, claims: [`Beyond plain neutral, ${emotion} coloured ${pct(share)} of your prompts.`, `${pct(share)} of your prompts carried a note of ${emotion}.`] };
  },
  ({ ml }) => {
    const month = ml?.mostPositiveMonth;
    if (!ml || !month || !visible(month.share)) return null;
    const name = formatMonth(month.month);
    return { id: 'sunniest-month', surprise: above(month.share, ml.sentiment.positive || 0.01), specificity: SPECIFICITY.named, claims: [`${name} was your sunniest month: ${pct(month.share)} of its prompts were upbeat.`, `Your mood peaked in ${name}, when ${pct(month.share)} of prompts sounded positive.`] };
  },
  ({ ml }) =>
    ml && visible(ml.politeShare)
      ? { id: 'politeness', surprise: above(ml.politeShare, base.POLITE_SHARE), specificity: SPECIFICITY.count, claims: [`You said please or thanks in ${pct(ml.politeShare)} of your prompts.`, `${pct(ml.politeShare)} of your prompts came with a please or a thank-you.`] }
      : null,
  ({ ml }) => {
    if (!ml || !visible(ml.intents[ml.topIntent])) return null;
    const share = ml.intents[ml.topIntent];
    const kind = INTENT_WORDS[ml.topIntent] ?? ml.topIntent;
    return { id: 'intent-mix', surprise: above(share, base.TOP_INTENT_SHARE) * 0.8, specificity: SPECIFICITY.count, claims: [`${pct(share)} of your prompts were ${kind}, your most common kind.`, `Mostly ${kind}: ${pct(share)} of everything you typed.`] };
  },
  ({ imagesShared, imagesGenerated }) => {
    const total = imagesShared + imagesGenerated;
    if (total === 0) return null;
    const claims =
      imagesShared > 0 && imagesGenerated > 0
        ? [`You shared ${countNoun(imagesShared, 'image')} and had ${countNoun(imagesGenerated, 'more', 'more')} generated.`, `${countNoun(imagesShared, 'image')} shared, ${countNoun(imagesGenerated, 'image')} generated.`]
        : imagesShared > 0
          ? [`You shared ${countNoun(imagesShared, 'image')} with the assistant.`, `${countNoun(imagesShared, 'picture')} went in alongside your words.`]
          : [`You had ${countNoun(imagesGenerated, 'image')} generated.`, `${countNoun(imagesGenerated, 'picture')} came out of your prompts.`];
    return { id: 'images', surprise: above(total, base.MEDIA_COUNT / 2) * 0.8, specificity: SPECIFICITY.count, claims };
  },
  ({ voiceMessages: voice }) =>
    voice > 0
      ? { id: 'voice', surprise: above(voice, base.MEDIA_COUNT / 2) * 0.8, specificity: SPECIFICITY.count, claims: [`You spoke instead of typing ${countNoun(voice, 'time')}.`, `${countNoun(voice, 'voice message')} went out in your own voice.`] }
      : null,
  ({ longestConversationMessages: messages }) =>
    messages > 1
      ? { id: 'marathon', surprise: above(messages, base.LONGEST_CONVERSATION), specificity: SPECIFICITY.count, claims: [`Your longest conversation ran to ${countNoun(messages, 'message')}.`, `One conversation kept going for ${countNoun(messages, 'message')}.`] }
      : null,
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
