/**
 * View helpers for the ML layer, shared by the story slides, the dashboard, search and models:
 * plain-word labels and colours per head label, period filtering of monthly series (by the
 * period's span, lib/view/period), and the progress wording. Pure functions; nothing here
 * touches React.
 */
import { HEAD_LABELS } from '@/lib/ml/heads/labels';
import { mostPositiveMonth, shares, topEmotion } from '@/lib/ml/pipeline/label-shares';
import type { Emotion, Intent, MonthShares, Sentiment, Shares, Topic } from '@/lib/ml/types';
import type { MlPhase, MlProgress } from '@/workers/ml/protocol';
import { formatNumber, formatPercent } from '@/lib/view/format';
import { etaPhrase, formatRemaining, type EtaEstimate } from '@/lib/view/eta';
import { countOf } from '@/lib/view/language';
import { EMOTION_DISPLAY, topicDisplayLabel } from '@/lib/view/display-names';
import { monthInSpan, type PeriodSpan } from '@/lib/view/period';

export const EMOTIONS = HEAD_LABELS.emotion;
export const INTENTS = HEAD_LABELS.intent;
export const SENTIMENTS = HEAD_LABELS.sentiment;

/** The one emotion naming (lib/view/display-names), in the shape the ML views read. */
export const EMOTION_META: Record<Emotion, { label: string; emoji: string; color: string }> = Object.fromEntries(
  EMOTIONS.map((emotion) => [emotion, { label: EMOTION_DISPLAY[emotion].name, emoji: EMOTION_DISPLAY[emotion].emoji, color: EMOTION_DISPLAY[emotion].color }]),
) as Record<Emotion, { label: string; emoji: string; color: string }>;

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

/** Rows whose month lies in the period's span; every row for all time (span null). */
export function monthsInSpan<T extends { month: string }>(rows: readonly T[], span: PeriodSpan | null): T[] {
  return span === null ? [...rows] : rows.filter((row) => monthInSpan(row.month, span));
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
export function periodEmotions(emotions: { overall: Shares<Emotion>; byMonth: MonthShares<Emotion>[]; top: Emotion | null }, span: PeriodSpan | null) {
  if (span === null) return { overall: emotions.overall, top: emotions.top, months: emotions.byMonth };
  const months = monthsInSpan(emotions.byMonth, span);
  const overall = combinedShares(EMOTIONS, months);
  return { overall, top: topEmotion(overall), months };
}

/** The most positive month of a period (same floor as the pipeline's all-time pick). */
export function periodSunniestMonth(sentiment: { byMonth: MonthShares<Sentiment>[]; mostPositiveMonth: { month: string; share: number } | null }, span: PeriodSpan | null) {
  if (span === null) return sentiment.mostPositiveMonth;
  const months = monthsInSpan(sentiment.byMonth, span);
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
export function periodTopics(topics: readonly Topic[], span: PeriodSpan | null, limit = Infinity): PeriodTopic[] {
  const ranked =
    span === null
      ? topics.map((topic) => ({ topic, conversations: topic.conversations, share: topic.share }))
      : (() => {
          const counts = topics.map((topic) => monthsInSpan(topic.monthly, span).reduce((sum, month) => sum + month.conversations, 0));
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
  // Said in words, not with a sign: "down 14.3 points a month" reads; "−14.3" looks like a broken count.
  if (rounded === 0) return 'flat month to month';
  return `${rounded > 0 ? 'up' : 'down'} ${Math.abs(rounded).toFixed(1)} points a month`;
}

/** "python · pandas" → "Python · pandas"; falls back to the first keyword. */
export function topicName(topic: Pick<Topic, 'label' | 'keywords'>): string {
  const name = topicDisplayLabel(topic.label) || topic.keywords.slice(0, 2).join(' · ') || 'Misc';
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/**
 * Plain names for the pipeline's phases, in order. Weights approximate each phase's share of
 * the wait. `counts`: the noun for the phase's done/total, or null where the pipeline reports
 * no steps within the phase (only its start): those show no count, no percent of the step and no ETA.
 */
export const PHASES: readonly { phase: MlPhase; label: string; weight: number; counts: string | null }[] = [
  { phase: 'loading', label: 'Loading the language model', weight: 8, counts: 'model' },
  { phase: 'reading', label: 'Reading your conversations', weight: 5, counts: null },
  { phase: 'embedding', label: 'Understanding each message', weight: 55, counts: 'text' },
  { phase: 'labelling', label: 'Sensing tone and feelings', weight: 8, counts: null },
  { phase: 'topics', label: 'Finding your topics', weight: 12, counts: null },
  { phase: 'language', label: 'Looking at how you write', weight: 10, counts: 'message' },
  { phase: 'saving', label: 'Saving the results', weight: 2, counts: null },
];

export interface ProgressView {
  /** 0–1 across all phases; null before the first progress report. */
  overall: number | null;
  label: string;
  step: number;
  steps: number;
  /** 0–1 through this step, or null where the step reports no progress within it (feeds the ETA). */
  within: number | null;
  /** "1,200 of 5,000 texts", or null where the step counts nothing. */
  counts: string | null;
  /** "about 2 minutes left in this step", "almost done with this step", or null until it can be trusted. */
  eta: string | null;
}

/**
 * The analysis's progress in words. `eta` is the estimate for this step (lib/view/eta.ts, fed
 * with `within`); the worker's own `etaMs` is not shown: a per-report guess flickers.
 */
export function progressView(progress: MlProgress | null, eta: EtaEstimate = { kind: 'unknown' }): ProgressView {
  const steps = PHASES.length;
  if (!progress) return { overall: null, label: 'Getting ready', step: 0, steps, within: null, counts: null, eta: null };
  const index = Math.max(0, PHASES.findIndex((entry) => entry.phase === progress.phase));
  const phase = PHASES[index]!;
  const totalWeight = PHASES.reduce((sum, entry) => sum + entry.weight, 0);
  const before = PHASES.slice(0, index).reduce((sum, entry) => sum + entry.weight, 0);
  const measured = phase.counts !== null && progress.total > 0;
  const within = measured ? Math.min(1, Math.max(0, progress.done / progress.total)) : null;
  const overall = (before + phase.weight * (within ?? 0)) / totalWeight;
  const done = Math.min(Math.max(0, progress.done), progress.total);
  const counts = measured ? `${formatNumber(done)} of ${countOf(progress.total, phase.counts!)}` : null;
  return { overall, label: phase.label, step: index + 1, steps, within, counts, eta: within === null ? null : etaPhrase(eta, 'this step') };
}

/** 42_000 → "about 45 seconds", 150_000 → "about 3 minutes"; rounded up, never "under a second". */
export function formatDuration(ms: number): string {
  return `about ${formatRemaining(ms)}`;
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
