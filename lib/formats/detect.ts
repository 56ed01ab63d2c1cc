/**
 * Identify, don't guess: the format comes from the content of the first array element; file
 * paths only give a hint and tell which archive entries to read at all.
 */
import type { SourceFormat } from '../model/conversation';
import { ImportError } from '../ingest/import-error';
import { isGeminiRecord } from './gemini';
import { isRecord, type JsonRecord } from './json';
import { countOf } from '../view/language';

/** Detect by content: looks at the first array element of a JSON file. Returns null if unknown. */
export function detectFormatFromElement(element: unknown): SourceFormat | null {
  if (!isRecord(element)) return null;
  if (isRecord(element.mapping)) return 'chatgpt';
  if (Array.isArray(element.chat_messages)) return 'claude';
  if (isActivityRecord(element) && isGeminiRecord(element)) return 'gemini';
  return null;
}

/** Google My Activity shape, whichever product it belongs to. */
function isActivityRecord(element: JsonRecord): boolean {
  return typeof element.header === 'string' && typeof element.title === 'string' && typeof element.time === 'string';
}

const SHOWN_KEYS = 8;

/**
 * The error for a first element no parser recognizes: names what was found and what was expected.
 * `source` names the file when known.
 */
export function unknownSchemaError(element: unknown, source?: string): ImportError {
  const file = source === undefined ? 'This file' : `"${source}"`;
  return new ImportError(
    'unknown_schema',
    `${file} is not a chat export we know: ${describe(element)}. Expected ChatGPT conversations with ` +
      '"mapping", Claude conversations with "chat_messages", or Gemini activity records with "header", "title" and "time".',
    'Choose conversations.json (or the whole zip) from a ChatGPT or Claude export, or ' +
      'My Activity/Gemini Apps/MyActivity.json from a Google Takeout export in JSON format.',
  );
}

function describe(element: unknown): string {
  if (element === undefined) return 'it holds no items';
  if (element === null) return 'the first item is null';
  if (Array.isArray(element)) return 'the first item is itself a list';
  if (!isRecord(element)) return `the first item is a ${typeof element}`;
  if (isActivityRecord(element)) return `the first item is Google activity for "${String(element.header)}", not Gemini Apps`;
  const keys = Object.keys(element);
  if (keys.length === 0) return 'the first item is an empty object';
  const more = keys.length > SHOWN_KEYS ? `, … (${countOf(keys.length, 'key')})` : '';
  return `the first item has keys ${keys.slice(0, SHOWN_KEYS).join(', ')}${more}`;
}

export interface ArchivePlan {
  /** JSON files holding conversations, in shard order. */
  conversationFiles: string[];
  /** Count of `conversations-NNN.json` shards; 0 for a single `conversations.json`. */
  shards: number;
  /** A hint from the file names only; the decision is detectFormatFromElement on content. */
  hint: SourceFormat | null;
  /** Files about the person, never read. */
  personalDataFiles: string[];
  otherFiles: string[];
}

const SHARD_FILE = /^conversations-(\d+)\.json$/;
const PERSONAL_DATA_FILES = new Set(['user.json', 'users.json', 'memories.json']);
const CLAUDE_FILES = new Set(['users.json', 'projects.json']);
const CHATGPT_FILES = new Set(['chat.html', 'message_feedback.json', 'user.json', 'export_manifest.json']);
const GEMINI_FOLDER = /gemini|bard/i;
const ACTIVITY_FILE = /^my ?activity\.(json|html)$/;

/**
 * The Gemini activity file of a Takeout, by path: 'json' is readable, 'html' is the variant we
 * cannot read (the pipeline tells the user to export JSON instead). Null for any other path.
 */
export function geminiActivityFile(path: string): 'json' | 'html' | null {
  const segments = splitPath(path);
  const match = ACTIVITY_FILE.exec((segments.pop() ?? '').toLowerCase());
  if (!match || !segments.some((folder) => GEMINI_FOLDER.test(folder))) return null;
  return match[1] === 'json' ? 'json' : 'html';
}

/** Classifies entries of a zip (or folder) by path. Folders (paths ending in "/") are ignored. */
export function planArchive(paths: string[]): ArchivePlan {
  const conversations: { path: string; folder: string; order: number }[] = [];
  const personalDataFiles: string[] = [];
  const otherFiles: string[] = [];
  const hints = new Set<SourceFormat>();
  let shards = 0;

  for (const path of paths) {
    const segments = splitPath(path);
    const name = segments.pop()?.toLowerCase();
    if (name === undefined || path.endsWith('/')) continue;
    const folder = segments.join('/');
    const shard = SHARD_FILE.exec(name);
    if (CLAUDE_FILES.has(name)) hints.add('claude');
    if (CHATGPT_FILES.has(name) || shard) hints.add('chatgpt');

    if (geminiActivityFile(path) === 'json') {
      hints.add('gemini');
      conversations.push({ path, folder, order: 0 });
    } else if (name === 'conversations.json') {
      conversations.push({ path, folder, order: -1 });
    } else if (shard?.[1] !== undefined) {
      shards++;
      conversations.push({ path, folder, order: Number(shard[1]) });
    } else if (PERSONAL_DATA_FILES.has(name)) {
      personalDataFiles.push(path);
    } else {
      otherFiles.push(path);
    }
  }

  // Numeric shard order: a manifest or the zip's entry order are not trusted for it.
  conversations.sort((a, b) => (a.folder === b.folder ? a.order - b.order : a.folder < b.folder ? -1 : 1));
  const [onlyHint] = hints;
  return {
    conversationFiles: conversations.map((file) => file.path),
    shards,
    hint: hints.size === 1 && onlyHint !== undefined ? onlyHint : null,
    personalDataFiles,
    otherFiles,
  };
}

function splitPath(path: string): string[] {
  return path.split(/[\\/]/).filter((segment) => segment !== '' && segment !== '.');
}
