/**
 * Named numbers derived from Stats that personas and achievements are judged on. Kept in one
 * place so a later model (embeddings, topic clusters) can add features without touching rules.
 */
import type { Stats } from '../analysis/types';
import { isRecordedModel, modelDisplayName } from '../view/display-names';

export interface PersonaFeatures {
  prompts: number;
  conversations: number;
  medianPromptWords: number;
  /** Share of dated prompts sent 22:00–04:59 local. */
  nightOwlShare: number;
  /** Share of user + assistant messages with code. */
  codeShare: number;
  /** Share of dated prompts sent on Saturday or Sunday. */
  weekendShare: number;
  /** Share of dated prompts sent 05:00–07:59 local (the hours before 8 am that aren't night). */
  earlyBirdShare: number;
  /** User + assistant messages per conversation. */
  averageConversationLength: number;
  longestConversation: number;
  activeDays: number;
  longestStreak: number;
  /** Active days over the days from first to last activity. */
  activeDayShare: number;
  spanDays: number;
  /** Distinct named models, counted by public name as everywhere else (an export's "unknown" is not one; two slugs of "GPT-3.5" are one). */
  modelsUsed: number;
  /** Images shared plus images generated. */
  images: number;
}

const SATURDAY = 5;
const SUNDAY = 6;
const EARLY_FROM = 5;
const EARLY_UNTIL = 8;
const MS_PER_DAY = 86_400_000;

export function personaFeatures(stats: Stats): PersonaFeatures {
  const dialogue = stats.userMessages + stats.assistantMessages;
  const span = spanDays(stats);
  return {
    prompts: stats.userMessages,
    conversations: stats.conversations,
    medianPromptWords: stats.medianPromptWords,
    nightOwlShare: stats.nightOwlShare,
    codeShare: stats.codeShare,
    weekendShare: heatmapShare(stats, (weekday) => weekday === SATURDAY || weekday === SUNDAY),
    earlyBirdShare: heatmapShare(stats, (_, hour) => hour >= EARLY_FROM && hour < EARLY_UNTIL),
    averageConversationLength: stats.conversations === 0 ? 0 : dialogue / stats.conversations,
    longestConversation: stats.longestConversation?.messages ?? 0,
    activeDays: stats.activeDays,
    longestStreak: stats.longestStreak.days,
    activeDayShare: span === 0 ? 0 : Math.min(1, stats.activeDays / span),
    spanDays: span,
    modelsUsed: new Set(stats.models.filter((m) => isRecordedModel(m.model)).map((m) => modelDisplayName(m.model))).size,
    images: stats.contentKinds.images + stats.contentKinds.generatedImages,
  };
}

/** Share of heatmap prompts in the cells the predicate picks (weekday 0 = Monday). */
function heatmapShare(stats: Stats, picks: (weekday: number, hour: number) => boolean): number {
  let total = 0;
  let picked = 0;
  stats.heatmap.forEach((hours, weekday) =>
    hours.forEach((count, hour) => {
      total += count;
      if (picks(weekday, hour)) picked += count;
    }),
  );
  return total === 0 ? 0 : picked / total;
}

/** Calendar days from first to last activity, both included (UTC dates: an estimate). */
function spanDays(stats: Stats): number {
  if (!stats.firstAt || !stats.lastAt) return 0;
  const first = Math.floor(Date.parse(stats.firstAt) / MS_PER_DAY);
  const last = Math.floor(Date.parse(stats.lastAt) / MS_PER_DAY);
  return last - first + 1;
}
