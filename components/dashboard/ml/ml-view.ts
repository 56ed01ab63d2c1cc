/**
 * View helpers for the ML layer, shared by the story slides, the dashboard, search and models:
 * plain-word labels and colours per head label, period filtering of monthly series, and the
 * progress wording. Pure functions; nothing here touches React.
 */
import { HEAD_LABELS } from '@/lib/ml/heads/labels';
import { mostPositiveMonth, shares, topEmotion } from '@/lib/ml/pipeline/label-shares';
import type { Emotion, Intent, MonthShares, Sentiment, Shares, Topic } from '@/lib/ml/types';
import type { MlPhase, MlProgress } from '@/workers/ml/protocol';
import { formatPercent } from '@/lib/view/format';

export const EMOTIONS = HEAD_LABELS.emotion;
export const INTENTS = HEAD_LABELS.intent;
export const SENTIMENTS = HEAD_LABELS.sentiment;

export const EMOTION_META: Record<Emotion, { label: string; emoji: string; color: string }> = {
  joy: { label: 'Joy', emoji: '😊', color: '#fbbf24' },
  // GoEmotions' Ekman grouping files curiosity and confusion under surprise.
  surprise: { label: 'Surprise & curiosity', emoji: '😮', color: '#22d3ee' },
  neutral: { label: 'Calm', emoji: '😌', color: '#71717a' },
  sadness: { label: 'Sadness', emoji: '😢', color: '#60a5fa' },
  fear: { label: 'Worry', emoji: '😟', color: '#a78bfa' },
  anger: { label: 'Frustration', emoji: '😤', color: '#f87171' },
  disgust: { label: 'Distaste', emoji: '😖', color: '#4ade80' },
};

export const INTENT_META: Record<Intent, { label: string; hint: string; color: string }> = {
  question: { label: 'Questions', hint: 'asking how or why', color: '#c084fc' },
  request: { label: 'Requests', hint: 'asking for something', color: '#f472b6' },
  command: { label: 'Instructions', hint: 'telling it what to do', color: '#22d3ee' },
  statement: { label: 'Statements', hint: 'sharing context', color: '#a1a1aa' },
  complaint: { label: 'Complaints', hint: 'when it got things wrong', color: '#f87171' },
  praise: { label: 'Praise', hint: 'when it got things right', color: '#34d399' },
};

export const SENTIMENT_META: Record<Sentiment, { label: string; color: string }> = {
  positive: { label: 'Positive', color: '#34d399' },
  neutral: { label: 'Neutral', color: '#71717a' },
  negative: { label: 'Negative', color: '#f87171' },
};

/** One colour per topic id (cycled), for the map, legends and sparklines. */
export const TOPIC_COLORS = ['#c084fc', '#22d3ee', '#f472b6', '#fbbf24', '#34d399', '#60a5fa', '#fb923c', '#a3e635', '#e879f9', '#2dd4bf', '#f87171', '#818cf8'] as const;

export function topicColor(topicId: number): string {
  return TOPIC_COLORS[((topicId % TOPIC_COLORS.length) + TOPIC_COLORS.length) % TOPIC_COLORS.length]!;
}

/** Months of the chosen year only; every month for all time (year null). */
export function monthsOfYear<T extends { month: string }>(rows: readonly T[], year: number | null): T[] {
  return year === null ? [...rows] : rows.filter((row) => row.month.startsWith(`${year}-`));
}

/** Message-weighted shares over some months (what `overall` is for the whole history). */
export function combinedShares<L extends string>(labels: readonly L[], months: readonly MonthShares<L>[]): Shares<L> {
  const counts = labels.map((label) => months.reduce((sum, month) => sum + month.messages * (month.shares[label] ?? 0), 0));
  return shares(labels, counts);
}

export function monthMessages(months: readonly { messages: number }[]): number {
  return months.reduce((sum, month) => sum + month.messages, 0);
}

/** The emotions of a period: overall shares, the top non-neutral emotion and the months. */
export function periodEmotions(emotions: { overall: Shares<Emotion>; byMonth: MonthShares<Emotion>[]; top: Emotion | null }, year: number | null) {
  if (year === null) return { overall: emotions.overall, top: emotions.top, months: emotions.byMonth };
  const months = monthsOfYear(emotions.byMonth, year);
  const overall = combinedShares(EMOTIONS, months);
  return { overall, top: topEmotion(overall), months };
}

/** The most positive month of a period (same floor as the pipeline's all-time pick). */
export function periodSunniestMonth(sentiment: { byMonth: MonthShares<Sentiment>[]; mostPositiveMonth: { month: string; share: number } | null }, year: number | null) {
  if (year === null) return sentiment.mostPositiveMonth;
  const months = monthsOfYear(sentiment.byMonth, year);
  return mostPositiveMonth(months, monthMessages(months));
}

/** The month a label was strongest in (at least `minMessages` labelled that month). */
export function dominantPerMonth<L extends string>(months: readonly MonthShares<L>[], labels: readonly L[], skip?: L): { month: string; label: L | null; messages: number }[] {
  return months.map(({ month, messages, shares: monthShares }) => {
    let best: L | null = null;
    for (const label of labels) {
      if (label === skip || (monthShares[label] ?? 0) <= 0) continue;
      if (best === null || monthShares[label] > monthShares[best]) best = label;
    }
    return { month, label: best, messages };
  });
}

export interface PeriodTopic {
  topic: Topic;
  /** Conversations of this topic in the period, and their share of the period's clustered conversations. */
  conversations: number;
  share: number;
}

/** Topics ranked by their conversations in the period (all time: the stored shares). */
export function periodTopics(topics: readonly Topic[], year: number | null, limit = Infinity): PeriodTopic[] {
  const ranked =
    year === null
      ? topics.map((topic) => ({ topic, conversations: topic.conversations, share: topic.share }))
      : (() => {
          const counts = topics.map((topic) => monthsOfYear(topic.monthly, year).reduce((sum, month) => sum + month.conversations, 0));
          const total = counts.reduce((sum, n) => sum + n, 0);
          return topics.map((topic, i) => ({ topic, conversations: counts[i]!, share: total > 0 ? counts[i]! / total : 0 }));
        })();
  return ranked
    .filter((entry) => entry.conversations > 0)
    .sort((a, b) => b.conversations - a.conversations || a.topic.id - b.topic.id)
    .slice(0, limit);
}

export const TREND_META: Record<Topic['trend'], { arrow: string; label: string; className: string }> = {
  rising: { arrow: '↑', label: 'rising', className: 'text-emerald-300' },
  declining: { arrow: '↓', label: 'declining', className: 'text-rose-300' },
  steady: { arrow: '→', label: 'steady', className: 'text-zinc-400' },
};

/** Velocity (share per month) → "+1.2 points a month". */
export function formatVelocity(velocity: number): string {
  const points = velocity * 100;
  const rounded = Math.abs(points) < 0.05 ? 0 : Math.round(points * 10) / 10;
  return `${rounded > 0 ? '+' : rounded < 0 ? '−' : '±'}${Math.abs(rounded).toFixed(1)} points a month`;
}

/** "python · pandas" → "Python · pandas"; falls back to the first keyword. */
export function topicName(topic: Pick<Topic, 'label' | 'keywords'>): string {
  const name = topic.label || topic.keywords.slice(0, 2).join(' · ') || 'Misc';
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** Plain names for the pipeline's phases, in order. Weights approximate each phase's share of the wait. */
export const PHASES: readonly { phase: MlPhase; label: string; weight: number }[] = [
  { phase: 'loading', label: 'Loading the language model', weight: 8 },
  { phase: 'reading', label: 'Reading your conversations', weight: 5 },
  { phase: 'embedding', label: 'Understanding each message', weight: 55 },
  { phase: 'labelling', label: 'Sensing tone and feelings', weight: 8 },
  { phase: 'topics', label: 'Finding your topics', weight: 12 },
  { phase: 'language', label: 'Looking at how you write', weight: 10 },
  { phase: 'saving', label: 'Saving the results', weight: 2 },
];

export interface ProgressView {
  /** 0–1 across all phases; null before the first progress report. */
  overall: number | null;
  label: string;
  step: number;
  steps: number;
  /** "about 2 min left in this step", or null when unknown. */
  eta: string | null;
}

export function progressView(progress: MlProgress | null): ProgressView {
  const steps = PHASES.length;
  if (!progress) return { overall: null, label: 'Getting ready', step: 0, steps, eta: null };
  const index = Math.max(0, PHASES.findIndex((entry) => entry.phase === progress.phase));
  const totalWeight = PHASES.reduce((sum, entry) => sum + entry.weight, 0);
  const before = PHASES.slice(0, index).reduce((sum, entry) => sum + entry.weight, 0);
  const within = progress.total > 0 ? Math.min(1, progress.done / progress.total) : 0;
  const overall = (before + PHASES[index]!.weight * within) / totalWeight;
  return { overall, label: PHASES[index]!.label, step: index + 1, steps, eta: progress.etaMs && progress.etaMs > 0 ? `${formatDuration(progress.etaMs)} left in this step` : null };
}

/** 950 → "under a second", 42_000 → "about 42 s", 150_000 → "about 3 min". */
export function formatDuration(ms: number): string {
  if (ms < 1000) return 'under a second';
  const seconds = Math.round(ms / 1000);
  if (seconds < 90) return `about ${seconds} s`;
  const minutes = Math.round(seconds / 60);
  return `about ${minutes} min`;
}

const DEVICE_NAMES: Record<string, string> = {
  webgpu: 'WebGPU',
  wasm: 'WASM',
  'wasm-threads': 'WASM, threaded',
  'node-wasm': 'WASM in Node',
  js: 'JavaScript',
};

/** An encoder's device id ('wasm-threads', 'js', …) in words. */
export function deviceName(device: string): string {
  return DEVICE_NAMES[device] ?? device;
}

/** Milliseconds for a timings table: "840 ms", "12.4 s". */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '–';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}

/** "23%" with one decimal below 10 % so small shares don't read as 0 %. */
export function formatShare(share: number): string {
  if (share > 0 && share < 0.1) return `${(Math.round(share * 1000) / 10).toLocaleString('en-US')}%`;
  return formatPercent(share);
}
