/**
 * Request bodies: read with a byte cap (the stream is cut off at the limit, so a huge or
 * lying Content-Length never fills memory), then parsed as JSON and validated with zod.
 */
import type { z } from 'zod';
import { ApiError } from './http';

/** Reads at most `limit` bytes of a stream; null when it holds more. */
export async function readCapped(stream: ReadableStream<Uint8Array> | null, limit: number): Promise<Uint8Array | null> {
  if (!stream) return new Uint8Array(0);
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function formatIssues(issues: z.core.$ZodIssue[]): string {
  const shown = issues.slice(0, 5).map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`);
  const more = issues.length > shown.length ? ` (and ${issues.length - shown.length} more)` : '';
  return `Invalid request: ${shown.join('; ')}${more}.`;
}

export function validate<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ApiError(400, 'invalid_input', formatIssues(parsed.error.issues));
  return parsed.data;
}

async function readBodyText(request: Request, maxBytes: number): Promise<string> {
  const tooLarge = new ApiError(413, 'payload_too_large', `The request body is larger than ${formatBytes(maxBytes)}.`);
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge;
  const bytes = await readCapped(request.body, maxBytes);
  if (!bytes) throw tooLarge;
  return new TextDecoder().decode(bytes);
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  return bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} KB` : `${Math.round(bytes / (1024 * 1024))} MB`;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ApiError(400, 'invalid_input', 'The request body is not valid JSON.');
  }
}

export async function readJsonBody<S extends z.ZodType>(request: Request, schema: S, maxBytes: number): Promise<z.infer<S>> {
  return validate(schema, parseJson(await readBodyText(request, maxBytes)));
}

/** Routes that act on their URL alone: nothing, or `{}` (what generic JSON clients send), is accepted. */
const EMPTY_BODY_BYTES = 1024;

export async function readEmptyBody(request: Request): Promise<void> {
  const text = await readBodyText(request, EMPTY_BODY_BYTES);
  if (text.trim() === '') return;
  const json = parseJson(text);
  if (typeof json !== 'object' || json === null || Array.isArray(json) || Object.keys(json).length > 0) {
    throw new ApiError(400, 'invalid_input', 'This route takes no request body (send none, or {}).');
  }
}
