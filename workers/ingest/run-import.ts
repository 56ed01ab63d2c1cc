/**
 * One import from dropped bytes to a stored analysis, inside the ingest worker:
 * hash → cache check → pass 1: stream-parse into the stats collector → analysis (the story
 * opens now) → pass 2: stream-parse again into IndexedDB → commit.
 *
 * Why parse twice: keeping every conversation until the analysis is done would cap imports
 * at RAM, and storing first makes the user wait for IndexedDB before seeing anything.
 */
import { buildAnalysis, type SourceInfo } from '@/lib/analysis/build';
import { AssetInventory } from '@/lib/assets/inventory';
import { ANALYSIS_VERSION, type Analysis } from '@/lib/analysis/types';
import { archiveFromFiles, openArchive, type Archive } from '@/lib/ingest/archive';
import { createContentHasher, hashBlob, hashingEntry } from '@/lib/ingest/content-hash';
import { ImportError } from '@/lib/ingest/import-error';
import { collectArchive } from '@/lib/ingest/analyze-archive';
import { ingestArchive, type IngestResult } from '@/lib/ingest/ingest';
import { DEFAULT_LIMITS, formatBytes } from '@/lib/ingest/limits';
import { ProgressTracker, type ProgressListener } from '@/lib/ingest/progress';
import { createStatsCollector } from '@/lib/stats/collector';
import type { WrappedDb } from '@/lib/store/db';
import { ImportWriter, deleteImport, removeUnfinishedImports } from '@/lib/store/import-writer';
import { iterateStoredConversations } from '@/lib/store/read-import';
import { ACTIVE_IMPORT_KEY } from '@/lib/store/settings';
import type { DroppedFile, ImportOutcome, ImportProgress } from './protocol';

export interface RunContext {
  db: WrappedDb;
  timeZone: string;
  signal: AbortSignal;
  onProgress: (progress: ImportProgress) => void;
  onAnalysis: (importId: string, analysis: Analysis) => void;
}

const LOCK_PREFIX = 'ai-wrapped-import:';
const PROGRESS_INTERVAL_MS = 100;

/** The pipeline's progress, labelled with what its bytes are: the UI shows them as they are. */
function counting(onProgress: RunContext['onProgress'], bytesOf: ImportProgress['bytesOf']): ProgressListener {
  return (progress) => onProgress({ ...progress, bytesOf });
}

export async function runImport(files: DroppedFile[], context: RunContext): Promise<ImportOutcome> {
  const started = Date.now();
  const { db, signal, onProgress } = context;
  const first = files[0];
  if (!first) throw new Error('No file was given.');
  const single = files.length === 1;
  const name = single ? first.path : `${files.length} files`;
  const blob = single ? first.file : new Blob(files.map((f) => f.file));
  // The hash encodes the size, so only a stored import of this exact size can be a cache hit:
  // then hash first and answer at once. Otherwise a JSON file is hashed during the first pass.
  const sameSize = await db.imports.filter((row) => row.summary?.fileBytes === blob.size).count();
  const fileBytes = counting(onProgress, 'file');
  let contentHash = sameSize > 0 ? await hashBlob(blob, fileBytes, signal) : null;
  if (contentHash) {
    const cached = await cachedOutcome(db, contentHash, started);
    if (cached) return cached;
  }
  await checkStorageRoom(blob.size);

  const opened: Archive = single
    ? await openArchive(first.file, name, DEFAULT_LIMITS)
    : archiveFromFiles(files.map(({ path, file }) => ({ path, blob: file })));
  const inlineHasher = !contentHash && opened.kind === 'json' ? await createContentHasher() : null;
  const archive: Archive = inlineHasher ? { ...opened, entries: opened.entries.map((entry) => hashingEntry(entry, inlineHasher)) } : opened;

  // A zip's files are counted as they inflate; a JSON file or a dropped folder's files as they are.
  const entryBytes = counting(onProgress, opened.kind === 'zip' ? 'unpacked' : 'file');
  const { collector, ingest } = await collectArchive(archive, name, { signal, onProgress: entryBytes });
  contentHash ??= inlineHasher ? inlineHasher.digest(blob.size) : await hashBlob(blob, fileBytes, signal);
  // Building the analysis reads no bytes and reports no steps: the phase names what it works on.
  onProgress({ phase: 'analysing', bytesDone: 0, bytesTotal: 0, bytesOf: 'none', conversations: ingest.conversations, messages: ingest.messages, etaMs: null });
  const analysis = buildAnalysis(collector, ingest, { fileName: name, fileBytes: blob.size, contentHash }, context.timeZone);
  context.onAnalysis(contentHash, analysis);

  return withImportLock(contentHash, async (busyImports) => {
    // Another tab may have stored this very file while we read it: keep its import, don't rewrite it.
    const storedMeanwhile = await cachedOutcome(db, contentHash, started);
    if (storedMeanwhile) return storedMeanwhile;
    await removeUnfinishedImports(db, (id) => id !== contentHash && busyImports.has(id));
    const writer = new ImportWriter(db, contentHash);
    await writer.begin();
    try {
      const assets = await AssetInventory.open(opened, contentHash, signal);
      await ingestArchive(opened, name, {
        limits: DEFAULT_LIMITS,
        signal,
        onProgress: entryBytes,
        phase: 'saving',
        onConversation: (conversation) => {
          assets.add(conversation);
          return writer.add(conversation);
        },
      });
      await saveAssets(assets, writer, ingest.conversations, signal, entryBytes);
      const hadImports = (await db.imports.where('state').equals('complete').count()) > 0;
      const { replaced } = await writer.commit(analysis, assets.report());
      const relation = replaced.length > 0 ? 'newer-export' : hadImports ? 'other-account' : 'new';
      return { importId: contentHash, summary: analysis.source, relation, elapsedMs: Date.now() - started };
    } catch (error) {
      await deleteImport(db, contentHash);
      throw error;
    }
  });
}

/**
 * The export's files go in after the conversations, still under state 'writing', so a failure or
 * a cancel rolls them back with the rest. One file's bytes are read at a time.
 */
async function saveAssets(assets: AssetInventory, writer: ImportWriter, conversations: number, signal: AbortSignal, onProgress: ProgressListener): Promise<void> {
  const work = assets.work();
  const progress = new ProgressTracker('assets', work.bytes, onProgress, work.files);
  if (work.bytes > 0) progress.update(0, conversations, true);
  for await (const { record, blob } of assets.read({ mode: 'blob', signal, onProgress: ({ bytesDone }) => progress.update(bytesDone, conversations) })) {
    await writer.addAsset(blob ? { ...record, blob } : record);
  }
}

/**
 * Stored conversations take about as much room as the export's JSON (a zip expands ~5–10×).
 * Refuse up front when the browser's quota clearly can't hold it, instead of failing midway.
 */
async function checkStorageRoom(fileBytes: number): Promise<void> {
  const estimate = await navigator.storage?.estimate?.().catch(() => null);
  if (!estimate?.quota) return;
  const free = estimate.quota - (estimate.usage ?? 0);
  if (free >= fileBytes) return;
  throw new ImportError(
    'storage_full',
    `This browser lets the app store about ${formatBytes(free)} more, but this export needs at least ${formatBytes(fileBytes)}.`,
    'Free disk space or delete an older import, then try again. Nothing was changed.',
  );
}

/** Recomputes a stored import's analysis (after an analysis-version bump or a time-zone change). */
export async function reanalyseImport(importId: string, context: RunContext): Promise<ImportOutcome> {
  const started = Date.now();
  const { db } = context;
  const row = await db.imports.get(importId);
  if (!row?.summary) throw new Error('That import is no longer stored.');
  const { summary } = row;
  const collector = createStatsCollector();
  // Nothing is read from a file here: progress counts the stored conversations re-read.
  const report = (conversations: number, messages: number) =>
    context.onProgress({ phase: 'analysing', bytesDone: 0, bytesTotal: 0, bytesOf: 'none', conversations, conversationsTotal: summary.conversations, messages, etaMs: null });
  let read = 0;
  let messages = 0;
  let lastReport = 0;
  report(0, 0);
  for await (const conversation of iterateStoredConversations(db, importId)) {
    collector.add(conversation);
    read++;
    messages += conversation.messages.length;
    if (Date.now() - lastReport >= PROGRESS_INTERVAL_MS) {
      lastReport = Date.now();
      report(read, messages);
    }
  }
  report(read, messages);
  const ingest: IngestResult = { format: summary.format, shards: summary.shards, conversations: summary.conversations, messages: summary.messages, skipped: summary.skipped };
  const source: SourceInfo = { fileName: summary.fileName, fileBytes: summary.fileBytes, contentHash: summary.contentHash };
  const analysis = buildAnalysis(collector, ingest, source, context.timeZone);
  await saveAnalysis(db, importId, analysis);
  return { importId, summary: analysis.source, relation: 'reanalysed', elapsedMs: Date.now() - started };
}

async function cachedOutcome(db: WrappedDb, importId: string, started: number): Promise<ImportOutcome | null> {
  const row = await db.imports.get(importId);
  if (row?.state !== 'complete' || !row.summary) return null;
  const analysis = await db.analyses.get([importId, ANALYSIS_VERSION]);
  if (!analysis) return null;
  await db.settings.put({ key: ACTIVE_IMPORT_KEY, value: importId });
  return { importId, summary: row.summary, relation: 'same-file', elapsedMs: Date.now() - started };
}

async function saveAnalysis(db: WrappedDb, importId: string, analysis: Analysis): Promise<void> {
  await db.transaction('rw', [db.analyses, db.settings], async () => {
    await db.analyses.put({ importId, analysisVersion: analysis.analysisVersion, analysis, createdAt: Date.now() });
    await db.settings.put({ key: ACTIVE_IMPORT_KEY, value: importId });
  });
}

/**
 * A Web Lock per import keeps a second tab from deleting or duplicating an import in progress.
 * `work` learns which imports other tabs are writing right now.
 */
async function withImportLock<T>(importId: string, work: (busyImports: Set<string>) => Promise<T>): Promise<T> {
  if (typeof navigator === 'undefined' || !navigator.locks) return work(new Set());
  const { held = [] } = await navigator.locks.query();
  const busy = new Set(held.map((lock) => lock.name ?? '').filter((name) => name.startsWith(LOCK_PREFIX)).map((name) => name.slice(LOCK_PREFIX.length)));
  return navigator.locks.request(LOCK_PREFIX + importId, () => work(busy));
}
