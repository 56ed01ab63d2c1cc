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
  code: ImportErrorCode | 'internal';
  message: string;
  hint: string;
}

/** Turns anything thrown into something the UI can show without a stack trace. */
export function serializeError(error: unknown): SerializedImportError {
  if (error instanceof ImportError) return error.toJSON();
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
