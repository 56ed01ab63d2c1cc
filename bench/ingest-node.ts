/**
 * One measurement in a fresh process, so peak memory is this run's alone:
 *   tsx bench/ingest-node.ts <file> pipeline|stream-parse|json-parse
 * pipeline: the whole import minus IndexedDB (parse, normalize, stats, analysis);
 * stream-parse: read + split + JSON.parse per element, the part comparable to JSON.parse;
 * json-parse: the baseline, readFileSync + JSON.parse of the whole file.
 * Prints one JSON line: { ms, peakRssBytes, baseRssBytes, ok, error? }.
 */
import { readFileSync } from 'node:fs';
import { openAsBlob } from 'node:fs';
import { basename } from 'node:path';
import { analyzeArchive } from '../lib/ingest/analyze-archive';
import { openArchive } from '../lib/ingest/archive';
import { JsonArraySplitter } from '../lib/ingest/json-array-splitter';
import { DEFAULT_LIMITS } from '../lib/ingest/limits';

function peakRss(): number {
  // VmHWM is the kernel's high-water mark of resident memory: it catches peaks inside
  // synchronous calls (JSON.parse) that a sampling timer can't see.
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  return match ? Number(match[1]) * 1024 : process.memoryUsage().rss;
}

async function main(): Promise<void> {
  const [file, mode] = process.argv.slice(2);
  if (!file || !['pipeline', 'stream-parse', 'json-parse'].includes(mode ?? '')) throw new Error('usage: ingest-node.ts <file> pipeline|stream-parse|json-parse');
  const baseRssBytes = process.memoryUsage().rss;
  const started = performance.now();
  let conversations = 0;
  try {
    if (mode === 'json-parse') {
      const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown[];
      conversations = parsed.length;
    } else if (mode === 'stream-parse') {
      const blob = await openAsBlob(file);
      const archive = await openArchive(blob, basename(file), DEFAULT_LIMITS);
      const splitter = new JsonArraySplitter({ sourceName: basename(file), maxElementBytes: DEFAULT_LIMITS.maxElementBytes });
      for await (const chunk of archive.entries[0]!.open()) for (const element of splitter.push(chunk)) if (JSON.parse(element)) conversations++;
      splitter.end();
    } else {
      const blob = await openAsBlob(file);
      const archive = await openArchive(blob, basename(file), DEFAULT_LIMITS);
      const analysis = await analyzeArchive(archive, { timeZone: 'UTC', fileName: basename(file), fileBytes: blob.size, contentHash: 'bench' });
      conversations = analysis.stats.conversations;
    }
    console.log(JSON.stringify({ ok: true, ms: performance.now() - started, peakRssBytes: peakRss(), baseRssBytes, conversations }));
  } catch (error) {
    console.log(JSON.stringify({ ok: false, ms: performance.now() - started, peakRssBytes: peakRss(), baseRssBytes, error: error instanceof Error ? error.message : String(error) }));
  }
}

void main();
