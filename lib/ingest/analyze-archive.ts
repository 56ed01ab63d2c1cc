/**
 * Ingest + analysis without storage: what the CLI and the benchmarks run, on the same code
 * path as the browser worker minus IndexedDB.
 */
import { buildAnalysis } from '../analysis/build';
import type { Analysis } from '../analysis/types';
import { createStatsCollector } from '../stats/collector';
import type { Archive } from './archive';
import { ingestArchive } from './ingest';
import { DEFAULT_LIMITS, type ImportLimits } from './limits';
import type { ProgressListener } from './progress';

export interface AnalyzeOptions {
  timeZone: string;
  fileName: string;
  fileBytes: number;
  contentHash: string;
  limits?: ImportLimits;
  onProgress?: ProgressListener;
  signal?: AbortSignal;
}

export async function analyzeArchive(archive: Archive, options: AnalyzeOptions): Promise<Analysis> {
  const collector = createStatsCollector();
  const ingest = await ingestArchive(archive, options.fileName, {
    limits: options.limits ?? DEFAULT_LIMITS,
    onProgress: options.onProgress,
    signal: options.signal,
    onConversation: (conversation) => collector.add(conversation),
  });
  return buildAnalysis(collector, ingest, options, options.timeZone);
}
