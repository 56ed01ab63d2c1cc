/** Small derived figures the views show next to the stored stats (peaks, shares, rankings). */
import type { Achievement, ContentKindCounts, MonthBucket, Stats } from '../analysis/types';

export interface Peak<K> {
  key: K;
  value: number;
}

function argMax(values: number[]): Peak<number> | null {
  let best: Peak<number> | null = null;
  values.forEach((value, index) => {
    if (value > 0 && (best === null || value > best.value)) best = { key: index, value };
  });
  return best;
}

/** Hour of day (0–23) with the most user messages across all weekdays. */
export function peakHour(heatmap: number[][]): Peak<number> | null {
  const totals = Array.from({ length: 24 }, (_, hour) => heatmap.reduce((sum, row) => sum + (row[hour] ?? 0), 0));
  return argMax(totals);
}

/** Weekday (0 = Monday) with the most user messages. */
export function peakWeekday(heatmap: number[][]): Peak<number> | null {
  return argMax(heatmap.map((row) => row.reduce((sum, value) => sum + value, 0)));
}

/** Share (0–1) of user messages sent on Saturday or Sunday. */
export function weekendShare(heatmap: number[][]): number {
  const sums = heatmap.map((row) => row.reduce((sum, value) => sum + value, 0));
  const total = sums.reduce((sum, value) => sum + value, 0);
  return total > 0 ? ((sums[5] ?? 0) + (sums[6] ?? 0)) / total : 0;
}

export function heatmapMax(heatmap: number[][]): number {
  let max = 0;
  for (const row of heatmap) for (const value of row) if (value > max) max = value;
  return max;
}

/** Bucket 0 (none) … 4 (busiest) for a heatmap cell, on a square-root scale so quiet hours still show. */
export function heatLevel(value: number, max: number): 0 | 1 | 2 | 3 | 4 {
  if (value <= 0 || max <= 0) return 0;
  const ratio = Math.sqrt(value / max);
  return Math.min(4, Math.max(1, Math.ceil(ratio * 4))) as 1 | 2 | 3 | 4;
}

export function monthMessages(bucket: MonthBucket): number {
  return bucket.userMessages + bucket.assistantMessages;
}

/** Month with the most messages (both sides); the earliest wins a tie. */
export function peakMonth(monthly: MonthBucket[]): MonthBucket | null {
  let best: MonthBucket | null = null;
  for (const bucket of monthly) {
    if (monthMessages(bucket) > 0 && (best === null || monthMessages(bucket) > monthMessages(best))) best = bucket;
  }
  return best;
}

export function totalMessages(stats: Pick<Stats, 'userMessages' | 'assistantMessages'>): number {
  return stats.userMessages + stats.assistantMessages;
}

export interface ModelShare {
  model: string;
  messages: number;
  /** Share 0–1 of assistant messages with a model. */
  share: number;
}

export function modelShares(models: Stats['models'], limit = Infinity): ModelShare[] {
  const total = models.reduce((sum, entry) => sum + entry.messages, 0);
  return models
    .slice(0, limit)
    .map((entry) => ({ model: entry.model, messages: entry.messages, share: total > 0 ? entry.messages / total : 0 }));
}

/** True when the export names no model at all (Claude, Gemini): the models view says so instead of a chart. */
export function modelsUnknown(models: Stats['models']): boolean {
  return models.every((entry) => entry.model === 'unknown');
}

export const CONTENT_KIND_LABELS: Record<keyof ContentKindCounts, { label: string; emoji: string }> = {
  images: { label: 'Images shared', emoji: '🖼️' },
  generatedImages: { label: 'Images generated', emoji: '🎨' },
  voice: { label: 'Voice messages', emoji: '🎙️' },
  browsing: { label: 'Web searches', emoji: '🌐' },
  codeInterpreter: { label: 'Code runs', emoji: '🧮' },
  files: { label: 'Files', emoji: '📎' },
  thoughts: { label: 'Reasoning steps', emoji: '💭' },
};

export interface ContentKindEntry {
  kind: keyof ContentKindCounts;
  label: string;
  emoji: string;
  count: number;
}

/** Every content kind, most used first; zeros last in their declared order. */
export function contentKindEntries(kinds: ContentKindCounts): ContentKindEntry[] {
  const keys = Object.keys(CONTENT_KIND_LABELS) as (keyof ContentKindCounts)[];
  return keys
    .map((kind) => ({ kind, ...CONTENT_KIND_LABELS[kind], count: kinds[kind] ?? 0 }))
    .sort((a, b) => b.count - a.count || keys.indexOf(a.kind) - keys.indexOf(b.kind));
}

export function unlockedAchievements(achievements: Achievement[]): Achievement[] {
  return achievements.filter((achievement) => achievement.unlocked);
}

/** Locked achievements, closest to unlocking first. */
export function lockedAchievements(achievements: Achievement[]): Achievement[] {
  return achievements.filter((achievement) => !achievement.unlocked).sort((a, b) => b.progress - a.progress);
}

/** Relative weight 0–1 of each distinctive word, for chip sizes. */
export function wordWeights(words: Stats['distinctiveWords'], limit = 24): { word: string; count: number; weight: number }[] {
  const top = words.slice(0, limit);
  const scores = top.map((entry) => entry.score);
  const max = Math.max(...scores, 0);
  const min = Math.min(...scores, max);
  return top.map((entry) => ({
    word: entry.word,
    count: entry.count,
    weight: max > min ? (entry.score - min) / (max - min) : 1,
  }));
}

/** Average messages per active day, rounded. */
export function messagesPerActiveDay(stats: Pick<Stats, 'userMessages' | 'activeDays'>): number {
  return stats.activeDays > 0 ? Math.round(stats.userMessages / stats.activeDays) : 0;
}
