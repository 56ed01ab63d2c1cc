/**
 * One fuzz input through the code the ingest worker runs, in Node: openArchive → pass 1
 * (split, JSON.parse, format parser, stats) → buildAnalysis, and pass 2: row mapping
 * (toConversationRows) and asset linking for every conversation, then every linked file read.
 * Storage itself is left out: Dexie only sees the rows checked here (structured-cloneable).
 */
import { buildAnalysis } from '../../../lib/analysis/build';
import { AssetInventory } from '../../../lib/assets/inventory';
import { openArchive } from '../../../lib/ingest/archive';
import { collectArchive } from '../../../lib/ingest/analyze-archive';
import { ingestArchive } from '../../../lib/ingest/ingest';
import { ImportError, type ImportErrorCode } from '../../../lib/ingest/import-error';
import { DEFAULT_LIMITS } from '../../../lib/ingest/limits';
import { toConversationRows } from '../../../lib/store/conversation-rows';

export interface FuzzInput {
  /** The dropped file's name (detection is by content; the name only labels errors). */
  name: string;
  bytes: Uint8Array;
}

/** What a parser may answer: a result, or an ImportError with a known code. */
export type CaseOutcome =
  | { kind: 'ok'; conversations: number; messages: number; ms: number }
  | { kind: 'import-error'; code: ImportErrorCode; ms: number }
  /** Anything else: an exception that is not an ImportError, or a result that breaks an invariant. */
  | { kind: 'crash'; error: string; ms: number };

/** An analysis this much larger than its input means output grew without bound (e.g. a calendar of 270,000 years). */
const MAX_OUTPUT_PER_INPUT_BYTE = 200;
const OUTPUT_ALLOWANCE_BYTES = 2 * 1024 ** 2;

const NATIVE_CODE = '[native code]';

const IMPORT_ERROR_CODES = new Set<string>([
  'not_an_export',
  'no_conversations',
  'invalid_json',
  'truncated_json',
  'unknown_schema',
  'empty_export',
  'too_large',
  'zip_bomb',
  'storage_full',
  'cancelled',
] satisfies ImportErrorCode[]);

export async function runPipelineCase(input: FuzzInput): Promise<CaseOutcome> {
  const started = performance.now();
  const ms = () => performance.now() - started;
  try {
    const { conversations, messages } = await analyse(input);
    return { kind: 'ok', conversations, messages, ms: ms() };
  } catch (error) {
    const problem = importErrorProblem(error);
    if (problem === null) return { kind: 'import-error', code: (error as ImportError).code, ms: ms() };
    return { kind: 'crash', error: problem, ms: ms() };
  }
}

async function analyse({ name, bytes }: FuzzInput): Promise<{ conversations: number; messages: number }> {
  const blob = new Blob([bytes as Uint8Array<ArrayBuffer>]);
  const archive = await openArchive(blob, name, DEFAULT_LIMITS);
  let rowsChecked = 0;
  // `[native code]` in the output but not in the input: a function found through a key like `constructor`.
  const checkLeaks = !new TextDecoder().decode(bytes).includes(NATIVE_CODE);
  const { collector, ingest } = await collectArchive(archive, name, { limits: DEFAULT_LIMITS });
  // Pass 2 as the worker runs it: the same stream, mapped to the rows IndexedDB stores and linked to the export's files.
  const assets = await AssetInventory.open(archive, 'fuzz');
  await ingestArchive(archive, name, {
    limits: DEFAULT_LIMITS,
    phase: 'saving',
    onConversation: (conversation) => {
      if (checkLeaks && JSON.stringify(conversation).includes(NATIVE_CODE)) {
        throw new Error(`invariant: a built-in function leaked into conversation ${conversation.id.slice(0, 40)} (prototype lookup of an input key)`);
      }
      assets.add(conversation);
      const { row, body } = toConversationRows('fuzz', conversation);
      structuredClone(row);
      structuredClone(body);
      rowsChecked++;
    },
  });
  for await (const { record } of assets.read({ mode: 'blob' })) structuredClone(record);
  structuredClone(assets.report());
  const analysis = buildAnalysis(collector, ingest, { fileName: name, fileBytes: bytes.length, contentHash: 'fuzz' }, 'UTC');
  // The analysis is posted to the page and stored: it must clone and serialize, and stay bounded.
  structuredClone(analysis);
  const size = JSON.stringify(analysis).length;
  // Measured against the input as read: a zip's entries expand (zip.js holds them to their declared sizes).
  const inputBytes = Math.max(bytes.length, archive.entries.reduce((sum, entry) => sum + entry.size, 0));
  if (size > inputBytes * MAX_OUTPUT_PER_INPUT_BYTE + OUTPUT_ALLOWANCE_BYTES) {
    throw new Error(`invariant: a ${inputBytes}-byte input produced a ${size}-character analysis`);
  }
  if (rowsChecked !== ingest.conversations || analysis.stats.conversations !== ingest.conversations) {
    throw new Error(`invariant: pass 1 found ${ingest.conversations} conversations, pass 2 ${rowsChecked}, stats ${analysis.stats.conversations}`);
  }
  return { conversations: ingest.conversations, messages: ingest.messages };
}

/** Null when `error` is an acceptable ImportError; otherwise what is wrong with it. */
function importErrorProblem(error: unknown): string | null {
  if (!(error instanceof ImportError)) {
    return error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : `non-Error thrown: ${String(error)}`;
  }
  if (!IMPORT_ERROR_CODES.has(error.code)) return `ImportError with an unknown code "${error.code}"`;
  if (error.message.trim() === '' || error.hint.trim() === '') return `ImportError ${error.code} without a message or hint`;
  return null;
}
