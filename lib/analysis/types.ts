/**
 * The analysis of one import: what the story, the dashboard, the JSON download and the CLI
 * all read. Versioned: bump ANALYSIS_VERSION whenever a computed number can change, so cached
 * results (keyed by import hash + version) are recomputed.
 */
import type { SourceFormat } from '../model/conversation';
import type { SkipReport } from '../ingest/skip-report';

export const SCHEMA_VERSION = 1 as const;
export const ANALYSIS_VERSION = 'stats-3';

export interface Stats {
  conversations: number;
  userMessages: number;
  assistantMessages: number;
  userWords: number;
  assistantWords: number;
  /** ≈ characters / 4 over both sides; the usual rule of thumb for English BPE tokenizers. */
  estimatedTokens: number;
  /** ISO 8601 (UTC) of the earliest and latest activity, null for an empty period. */
  firstAt: string | null;
  lastAt: string | null;
  /** Local calendar days (viewer's time zone) with at least one user message. */
  activeDays: number;
  longestStreak: { days: number; start: string | null; end: string | null };
  busiestDay: { date: string; userMessages: number } | null;
  /** IANA time zone every hour/day figure below was computed in. */
  timeZone: string;
  /** heatmap[weekday][hour] = user messages; weekday 0 = Monday … 6 = Sunday. */
  heatmap: number[][];
  /** One entry per calendar month from first to last activity, gaps filled with zeros. */
  monthly: MonthBucket[];
  longestConversation: { id: string; title: string; messages: number } | null;
  medianPromptWords: number;
  promptLengths: { label: string; count: number }[];
  /** Assistant messages per model slug, most used first; "unknown" when the export has none. */
  models: { model: string; messages: number }[];
  /** Share (0–1) of all messages that contain code. */
  codeShare: number;
  contentKinds: ContentKindCounts;
  /** Share (0–1) of user messages sent between 22:00 and 04:59 local time. */
  nightOwlShare: number;
  distinctiveWords: { word: string; count: number; score: number }[];
}

export interface MonthBucket {
  /** YYYY-MM in the viewer's time zone. */
  month: string;
  conversations: number;
  userMessages: number;
  assistantMessages: number;
}

export interface ContentKindCounts {
  images: number;
  generatedImages: number;
  voice: number;
  browsing: number;
  codeInterpreter: number;
  files: number;
  thoughts: number;
}

export interface Persona {
  id: string;
  name: string;
  emoji: string;
  /** One line that says which numbers earned it. */
  reason: string;
}

export interface Achievement {
  id: string;
  title: string;
  description: string;
  /** The explicit bar, e.g. "a 7-day streak". */
  threshold: string;
  unlocked: boolean;
  /** Progress 0–1 toward the threshold, for locked ones. */
  progress: number;
}

export interface PeriodAnalysis {
  stats: Stats;
  persona: Persona;
  achievements: Achievement[];
}

export interface ImportSummary {
  format: SourceFormat;
  /** e.g. "ChatGPT export (3 shards)". */
  description: string;
  fileName: string;
  fileBytes: number;
  contentHash: string;
  conversations: number;
  messages: number;
  shards: number;
  skipped: SkipReport;
}

export interface Analysis extends PeriodAnalysis {
  schemaVersion: typeof SCHEMA_VERSION;
  analysisVersion: string;
  generatedAt: string;
  source: ImportSummary;
  /**
   * All-time figures are the top-level stats. Which period the story opens on is decided by
   * lib/view/period.ts `defaultPeriodChoice` (the latest year, the last 12 months or all time).
   */
  latestYear: (PeriodAnalysis & { year: number }) | null;
  /**
   * The 12 local calendar months ending with the month of the last activity: `from` is the 1st
   * of the earliest (YYYY-MM-DD), `to` the day of the last dated message, both inclusive, in
   * stats.timeZone. Null when it would equal all time (the whole history fits inside it) or the
   * latest year (nothing in it before that year began), or when nothing is dated.
   */
  last12Months: (PeriodAnalysis & { from: string; to: string }) | null;
}
