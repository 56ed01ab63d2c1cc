/**
 * What analyzers made of an import's assets, one row per (asset, analyzer): the vision worker's
 * `vision-1` results, the speech worker's `speech-1` transcripts. A new analyzer version is a new
 * name, so old results never pass for new ones.
 */
import type { MediaAnalysisRow, WrappedDb } from './db';

export async function putMediaAnalyses<Result>(db: WrappedDb, importId: string, analyzer: string, results: { assetId: string; result: Result }[]): Promise<void> {
  const createdAt = Date.now();
  await db.mediaAnalyses.bulkPut(results.map(({ assetId, result }) => ({ importId, assetId, analyzer, result, createdAt })));
}

export async function getMediaAnalysis<Result>(db: WrappedDb, importId: string, assetId: string, analyzer: string): Promise<MediaAnalysisRow<Result> | null> {
  return ((await db.mediaAnalyses.get([importId, assetId, analyzer])) as MediaAnalysisRow<Result> | undefined) ?? null;
}

/** Every result of one analyzer for an import. */
export async function listMediaAnalyses<Result>(db: WrappedDb, importId: string, analyzer: string): Promise<MediaAnalysisRow<Result>[]> {
  return (await db.mediaAnalyses.where('[importId+analyzer]').equals([importId, analyzer]).toArray()) as MediaAnalysisRow<Result>[];
}

/** Which assets an analyzer has already done: an interrupted run resumes with the rest. */
export async function analysedAssetIds(db: WrappedDb, importId: string, analyzer: string): Promise<Set<string>> {
  const keys = await db.mediaAnalyses.where('[importId+analyzer]').equals([importId, analyzer]).primaryKeys();
  return new Set(keys.map(([, assetId]) => assetId));
}

/** Forgets one analyzer's results for an import (e.g. to run it again). */
export async function clearMediaAnalyses(db: WrappedDb, importId: string, analyzer: string): Promise<void> {
  await db.mediaAnalyses.where('[importId+analyzer]').equals([importId, analyzer]).delete();
}
