/**
 * Every way an import can fail, each with a message that says what was expected and what
 * to do. Thrown in lib/ and the worker, rendered by the UI and the CLI as is.
 */
export type ImportErrorCode =
  | 'not_an_export'
  | 'no_conversations'
  | 'invalid_json'
  | 'truncated_json'
  | 'unknown_schema'
  | 'empty_export'
  | 'too_large'
  | 'zip_bomb'
  | 'storage_full'
  | 'cancelled';

export class ImportError extends Error {
  readonly code: ImportErrorCode;
  /** What the user can do about it. */
  readonly hint: string;

  constructor(code: ImportErrorCode, message: string, hint: string) {
    super(message);
    this.name = 'ImportError';
    this.code = code;
    this.hint = hint;
  }

  toJSON(): SerializedImportError {
    return { code: this.code, message: this.message, hint: this.hint };
  }
}

export interface SerializedImportError {
  /** `out_of_memory` and `internal` are not thrown as ImportErrors: serializeError names what escaped. */
  code: ImportErrorCode | 'out_of_memory' | 'internal';
  message: string;
  hint: string;
}

/** Turns anything thrown into something the UI can show without a stack trace. */
export function serializeError(error: unknown): SerializedImportError {
  if (error instanceof ImportError) return error.toJSON();
  // Whichever write hit the quota (rows, assets, the import record itself), the user's remedy is the same.
  if (isQuotaError(error)) return storageFullError().toJSON();
  if (isOutOfMemory(error)) {
    return {
      code: 'out_of_memory',
      message: `This browser ran out of memory while reading the export (${(error as Error).message}).`,
      hint: 'Your earlier data is untouched. Close other tabs and windows to free memory, then try again.',
    };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return {
    code: 'internal',
    message: `The import stopped unexpectedly: ${detail}`,
    hint: 'Your earlier data is untouched. Try again; if it keeps happening, report the message above.',
  };
}

export function cancelledError(): ImportError {
  return new ImportError('cancelled', 'Import cancelled.', 'Nothing was saved from this file; your earlier data is untouched.');
}

/** What the browser calls a full origin quota: Chromium, Safari and Firefox, and Firefox's older name. */
const QUOTA_ERROR_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

/**
 * IndexedDB ran out of quota: the DOMException itself, or as Dexie wraps it (an AbortError's
 * `inner`, one of a BulkError's `failures`).
 */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 3) return false;
  const { name, inner, failures } = error as { name?: unknown; inner?: unknown; failures?: unknown };
  if (typeof name === 'string' && QUOTA_ERROR_NAMES.has(name)) return true;
  if (isQuotaError(inner, depth + 1)) return true;
  return Array.isArray(failures) && failures.some((failure) => isQuotaError(failure, depth + 1));
}

export function storageFullError(): ImportError {
  return new ImportError(
    'storage_full',
    'Your browser ran out of storage space for this site while saving the import.',
    'Nothing from this file was kept and your earlier data is intact. Free disk space, or delete an older import on the home page, then try again.',
  );
}

/**
 * An allocation the engine refused: V8 ("Array buffer allocation failed", a string past its
 * maximum length), SpiderMonkey ("allocation size overflow", "out of memory"), JavaScriptCore.
 */
function isOutOfMemory(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return /allocation failed|out of memory|allocation size overflow|invalid string length/i.test(error.message);
}
