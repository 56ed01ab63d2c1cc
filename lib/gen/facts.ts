/**
 * The facts of one Wrapped: every number, date and name that generated words, cover art,
 * share cards and server prompts may use. Derived from the analysis only — no message text.
 * The schema validates facts that cross a boundary (worker, server route).
 */
import { z } from 'zod';
import { HEAD_LABELS } from '../ml/heads/labels';
import type { MlAnalysis } from '../ml/types';
import { peakHour, peakMonth, peakWeekday, weekendShare, monthMessages } from '../view/insights';
import { WEEKDAYS } from '../view/format';
import type { WrappedView } from '../view/wrapped-view';
import { topicDisplayLabel } from '../view/display-names';

const share = z.number().min(0).max(1);
const count = z.number().int().min(0).max(1e12);
/** Measures the stats may give as fractions (a median of an even count is a half); rounded where shown. */
const measure = z.number().min(0).max(1e12);
const shortText = z.string().max(80);
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const isoMonth = z.string().regex(/^\d{4}-\d{2}$/);

export const topicFactSchema = z.object({
  label: shortText,
  share,
  conversations: count,
  trend: z.enum(['rising', 'declining', 'steady']),
});

export const mlFactsSchema = z.object({
  dominantSentiment: z.enum(HEAD_LABELS.sentiment),
  sentiment: z.record(z.enum(HEAD_LABELS.sentiment), share),
  /** Most frequent non-neutral emotion. */
  topEmotion: z.enum(HEAD_LABELS.emotion).nullable(),
  emotions: z.record(z.enum(HEAD_LABELS.emotion), share),
  topIntent: z.enum(HEAD_LABELS.intent),
  intents: z.record(z.enum(HEAD_LABELS.intent), share),
  /** Best first, at most 5. */
  topics: z.array(topicFactSchema).max(5),
  topicCount: count,
  mostPositiveMonth: z.object({ month: isoMonth, share }).nullable(),
  politeShare: share,
  politenessScore: z.number().min(0).max(100),
  /** 0 = one topic, 1 = evenly spread. */
  topicEntropy: share,
  /** 0–100, higher reads harder. */
  complexity: z.number().min(0).max(100),
});

export const wrappedFactsSchema = z.object({
  /** "2026" or "All time". */
  periodLabel: z.string().max(20),
  year: z.number().int().min(1970).max(2200).nullable(),
  conversations: count,
  userMessages: count,
  assistantMessages: count,
  userWords: count,
  activeDays: count,
  longestStreak: z.object({ days: count, start: isoDay.nullable(), end: isoDay.nullable() }),
  busiestDay: z.object({ date: isoDay, userMessages: count }).nullable(),
  peakMonth: z.object({ month: isoMonth, messages: count }).nullable(),
  /** 0–23 local hour with the most prompts. */
  peakHour: z.number().int().min(0).max(23).nullable(),
  peakWeekday: z.enum(WEEKDAYS).nullable(),
  nightOwlShare: share,
  weekendShare: share,
  codeShare: share,
  medianPromptWords: measure,
  longestConversationMessages: count,
  /** The display name ("GPT-4o"), never a raw slug. */
  topModel: z.object({ name: shortText, share }).nullable(),
  /** Models the export recorded; replies without a recorded model don't count as one. */
  modelCount: count,
  imagesShared: count,
  imagesGenerated: count,
  voiceMessages: count,
  persona: z.object({ id: shortText, name: shortText, emoji: z.string().max(16), reason: z.string().max(200) }),
  /** Unlocked achievements only, the ML ones included once ML is done. */
  achievements: z.array(z.object({ id: shortText, title: shortText, description: z.string().max(160) })).max(40),
  /** Null until the on-device ML analysis is done. */
  ml: mlFactsSchema.nullable(),
});

export type WrappedFacts = z.infer<typeof wrappedFactsSchema>;
export type MlFacts = z.infer<typeof mlFactsSchema>;
export type TopicFact = z.infer<typeof topicFactSchema>;

function argMaxKey<K extends string>(shares: Record<K, number>, skip?: K): K | null {
  let best: K | null = null;
  for (const key of Object.keys(shares) as K[]) {
    if (key === skip || shares[key] <= 0) continue;
    if (best === null || shares[key] > shares[best]) best = key;
  }
  return best;
}

export function mlFacts(ml: MlAnalysis): MlFacts {
  const sentiment = ml.sentiment.overall;
  return {
    dominantSentiment: argMaxKey(sentiment) ?? 'neutral',
    sentiment,
    topEmotion: ml.emotions.top,
    emotions: ml.emotions.overall,
    topIntent: argMaxKey(ml.intents.overall) ?? 'question',
    intents: ml.intents.overall,
    topics: ml.topics.slice(0, 5).map((topic) => ({
      label: topicDisplayLabel(topic.label) || `Topic ${topic.id + 1}`,
      share: topic.share,
      conversations: topic.conversations,
      trend: topic.trend,
    })),
    topicCount: ml.topics.length,
    mostPositiveMonth: ml.sentiment.mostPositiveMonth,
    politeShare: ml.politeness.politeShare,
    politenessScore: ml.politeness.score,
    topicEntropy: Math.min(1, Math.max(0, ml.diversity.entropy)),
    complexity: ml.language.complexity,
  };
}

/** The facts of one period's view; its `ml` is the all-time ML layer (null while it is still computing). */
export function buildWrappedFacts(view: WrappedView): WrappedFacts {
  const { stats, persona, models, ml } = view;
  const hour = peakHour(stats.heatmap);
  const weekday = peakWeekday(stats.heatmap);
  const month = peakMonth(stats.monthly);
  return {
    periodLabel: view.label,
    year: view.year,
    conversations: stats.conversations,
    userMessages: stats.userMessages,
    assistantMessages: stats.assistantMessages,
    userWords: stats.userWords,
    activeDays: stats.activeDays,
    longestStreak: stats.longestStreak,
    busiestDay: stats.busiestDay,
    peakMonth: month ? { month: month.month, messages: monthMessages(month) } : null,
    peakHour: hour?.key ?? null,
    peakWeekday: weekday ? WEEKDAYS[weekday.key]! : null,
    nightOwlShare: stats.nightOwlShare,
    weekendShare: weekendShare(stats.heatmap),
    codeShare: stats.codeShare,
    medianPromptWords: stats.medianPromptWords,
    longestConversationMessages: stats.longestConversation?.messages ?? 0,
    topModel: models.top ? { name: models.top.name.slice(0, 80), share: models.top.share } : null,
    modelCount: models.count,
    imagesShared: stats.contentKinds.images,
    imagesGenerated: stats.contentKinds.generatedImages,
    voiceMessages: stats.contentKinds.voice,
    persona: { id: persona.id, name: persona.name, emoji: persona.emoji, reason: persona.reason },
    achievements: view.achievements.unlocked.map(({ id, title, description }) => ({ id, title, description })),
    ml: ml ? mlFacts(ml) : null,
  };
}
