/**
 * Assembles the Analysis (the one JSON the story, dashboard, download and CLI share) from
 * the stats collected during ingest.
 */
import type { StatsCollector } from '../stats/collector';
import { analysePeriod } from '../persona';
import type { IngestResult } from '../ingest/ingest';
import { countOf } from '../view/language';
import { ANALYSIS_VERSION, SCHEMA_VERSION, type Analysis, type ImportSummary, type Stats } from './types';

const FORMAT_NAMES = { chatgpt: 'ChatGPT', claude: 'Claude', gemini: 'Gemini' } as const;

export interface SourceInfo {
  fileName: string;
  fileBytes: number;
  contentHash: string;
}

export function buildAnalysis(
  collector: StatsCollector,
  ingest: IngestResult,
  source: SourceInfo,
  timeZone: string,
  now: Date = new Date(),
): Analysis {
  const all = analysePeriod(collector.compute({ timeZone }));
  const years = collector.years(timeZone);
  const year = years[years.length - 1];
  const latestYear = year === undefined ? null : { year, ...analysePeriod(collector.compute({ timeZone, year })) };
  const recent = collector.last12Months(timeZone);
  const last12Months = recent === null ? null : { ...recent, ...analysePeriod(collector.compute({ timeZone, days: recent })) };
  return {
    schemaVersion: SCHEMA_VERSION,
    analysisVersion: ANALYSIS_VERSION,
    generatedAt: now.toISOString(),
    source: summarizeImport(ingest, source, all.stats),
    ...all,
    latestYear,
    last12Months,
  };
}

export function summarizeImport(ingest: IngestResult, source: SourceInfo, stats: Stats): ImportSummary {
  return {
    format: ingest.format,
    description: describeImport(ingest, stats),
    fileName: source.fileName,
    fileBytes: source.fileBytes,
    contentHash: source.contentHash,
    conversations: ingest.conversations,
    messages: ingest.messages,
    shards: ingest.shards,
    skipped: ingest.skipped,
  };
}

/** "ChatGPT export, 1,204 conversations, 2023-01 → 2026-10, 3 shards" */
export function describeImport(ingest: Pick<IngestResult, 'format' | 'conversations' | 'shards'>, stats: Pick<Stats, 'firstAt' | 'lastAt'>): string {
  const parts = [`${FORMAT_NAMES[ingest.format]} export`, countOf(ingest.conversations, 'conversation')];
  if (stats.firstAt && stats.lastAt) parts.push(`${stats.firstAt.slice(0, 7)} → ${stats.lastAt.slice(0, 7)}`);
  if (ingest.shards > 1) parts.push(`${ingest.shards} shards`);
  return parts.join(', ');
}
