/**
 * The import pipeline, shared by the browser worker and the CLI:
 * archive entries → byte chunks → array elements → JSON.parse → format parser → conversations.
 * Only one conversation is in memory at a time; the caller decides what to keep.
 */
import { isAssetFile } from '../assets/paths';
import type { Conversation, SourceFormat } from '../model/conversation';
import { createParser, type FormatParser } from '../formats/parser';
import { detectFormatFromElement, geminiActivityFile, planArchive, unknownSchemaError } from '../formats/detect';
import type { Archive, ArchiveEntry } from './archive';
import { countOf } from '../view/language';
import { ImportError, cancelledError } from './import-error';
import { JsonArraySplitter } from './json-array-splitter';
import type { ImportLimits } from './limits';
import { ProgressTracker, type IngestPhase, type ProgressListener } from './progress';
import { emptySkipReport, type SkipReport } from './skip-report';

export interface IngestOptions {
  limits: ImportLimits;
  /** Receives each conversation once; may return a promise to apply backpressure (storage). */
  onConversation: (conversation: Conversation) => void | Promise<void>;
  onProgress?: ProgressListener;
  /** How progress is labelled: the first pass reads, a second pass only saves. */
  phase?: IngestPhase;
  signal?: AbortSignal;
}

export interface IngestResult {
  format: SourceFormat;
  shards: number;
  conversations: number;
  messages: number;
  skipped: SkipReport;
}

export async function ingestArchive(archive: Archive, sourceName: string, options: IngestOptions): Promise<IngestResult> {
  const plan = planArchive(archive.entries.map((entry) => entry.path));
  const byPath = new Map(archive.entries.map((entry) => [entry.path, entry]));
  const files = plan.conversationFiles.map((path) => byPath.get(path)).filter((e): e is ArchiveEntry => !!e);
  const skipped = emptySkipReport();
  // A lone JSON file is read whatever its name: detection is by content.
  if (archive.kind === 'json') {
    files.splice(0, files.length, ...archive.entries);
  } else {
    skipped.personalDataFiles = plan.personalDataFiles.length;
    // Images, voice clips and uploads are read by the asset linking (lib/assets), not left out.
    skipped.otherFiles = plan.otherFiles.filter((path) => !isAssetFile(path)).length;
  }
  if (files.length === 0) throw noConversationFiles(sourceName, archive, plan.otherFiles);

  const bytesTotal = files.reduce((sum, entry) => sum + entry.size, 0);
  const progress = new ProgressTracker(options.phase ?? 'reading', bytesTotal, options.onProgress);
  let bytesDone = 0;
  let parser: FormatParser | null = null;
  let conversations = 0;
  let messages = 0;

  const emit = async (batch: Conversation[]) => {
    for (const conversation of batch) {
      conversations++;
      messages += conversation.messages.length;
      await options.onConversation(conversation);
    }
  };

  for (const entry of files) {
    const splitter = new JsonArraySplitter({ sourceName: entry.path, maxElementBytes: options.limits.maxElementBytes });
    for await (const chunk of entry.open(options.signal)) {
      throwIfCancelled(options.signal);
      for (const text of splitter.push(chunk)) {
        const element = parseElement(text, entry.path, splitter.elementCount);
        parser ??= createParser(detectFormat(element, entry.path));
        await emit(parser.push(element));
      }
      bytesDone += chunk.length;
      progress.update(bytesDone, conversations);
    }
    splitter.end();
  }
  throwIfCancelled(options.signal);
  if (!parser) {
    throw new ImportError('empty_export', `${sourceName} contains no conversations: its list is empty.`, 'Check that you dropped the export of the right account, with at least one chat.');
  }
  await emit(parser.end());
  progress.update(bytesTotal, conversations, true);
  mergeSkips(skipped, parser.skipped);
  if (conversations === 0) {
    throw new ImportError(
      'no_conversations',
      `${sourceName} was read, but none of its ${parser.format === 'gemini' ? 'activity records are prompts' : 'conversations has a message'}.`,
      'Check that you exported the right account, and that it has chats in it.',
    );
  }
  return { format: parser.format, shards: files.length, conversations, messages, skipped };
}

function parseElement(text: string, path: string, index: number): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    // Engines whose JSON.parse recurses give up on deep nesting with a RangeError: valid JSON, too deep to read.
    if (error instanceof RangeError) {
      throw new ImportError(
        'too_large',
        `Item ${index} of ${path} is nested too deeply for this browser to read (${error.message}).`,
        'No export nests that deep: the file was edited or crafted. Drop the export as downloaded.',
      );
    }
    throw new ImportError(
      'invalid_json',
      `Item ${index} of ${path} is not valid JSON (${error instanceof Error ? error.message : 'parse error'}).`,
      'The file may have been edited or damaged. Download the export again.',
    );
  }
}

function detectFormat(element: unknown, path: string): SourceFormat {
  const format = detectFormatFromElement(element);
  if (!format) throw unknownSchemaError(element, path);
  return format;
}

function mergeSkips(into: SkipReport, from: SkipReport): void {
  for (const key of Object.keys(from) as (keyof SkipReport)[]) into[key] += from[key];
}

function throwIfCancelled(signal?: AbortSignal): void {
  if (signal?.aborted) throw cancelledError();
}

function noConversationFiles(sourceName: string, archive: Archive, others: string[]): ImportError {
  const sample = others.slice(0, 5).join(', ');
  const htmlOnly = others.some((path) => geminiActivityFile(path) === 'html');
  return new ImportError(
    'no_conversations',
    `${sourceName} holds ${countOf(archive.entries.length, 'file')}${sample ? ` (${sample}${others.length > 5 ? ', …' : ''})` : ''} but no conversations file.`,
    htmlOnly
      ? 'Your Gemini activity was exported as HTML. In Google Takeout, choose JSON for "My Activity" and export again.'
      : 'Expected conversations.json (or conversations-000.json shards) from ChatGPT or Claude, or My Activity/Gemini Apps/MyActivity.json from Google Takeout.',
  );
}
