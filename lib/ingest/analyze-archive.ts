/**
 * Ingest + analysis without storage: the first pass of a browser import, the CLI and the
 * benchmarks all run this; storage is a separate pass (workers/ingest/run-import.ts).
 */
import { buildAnalysis, type SourceInfo } from '../analysis/build';
import type { Analysis } from '../analysis/types';
import { createStatsCollector } from '../stats/collector';
import type { Archive } from './archive';
import { ingestArchive } from './ingest';
import { DEFAULT_LIMITS, type ImportLimits } from './limits';
import type { ProgressListener } from './progress';

export interface CollectOptions {
  limits?: ImportLimits;
  onProgress?: ProgressListener;
  signal?: AbortSignal;
}

export interface AnalyzeOptions extends CollectOptions, SourceInfo {
  timeZone: string;
}

/** One streaming pass that keeps only the stats' compact facts. */
export async function collectArchive(archive: Archive, sourceName: string, options: CollectOptions = {}) {
  const collector = createStatsCollector();
  const ingest = await ingestArchive(archive, sourceName, {
    limits: options.limits ?? DEFAULT_LIMITS,
    onProgress: options.onProgress,
    signal: options.signal,
    onConversation: (conversation) => collector.add(conversation),
  });
  return { collector, ingest };
}

export async function analyzeArchive(archive: Archive, options: AnalyzeOptions): Promise<Analysis> {
  const { collector, ingest } = await collectArchive(archive, options.fileName, options);
  return buildAnalysis(collector, ingest, options, options.timeZone);
}
