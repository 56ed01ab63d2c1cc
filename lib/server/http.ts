/**
 * The JSON conventions every API route shares: errors are `{ error: { code, message } }` with
 * a fitting status, every answer is `no-store` unless a route says otherwise, and `handleApi`
 * turns a thrown ApiError into that shape (anything else is a 500 that names no internals).
 * The page-wide headers (COOP/COEP, referrer policy…) come from next.config.js; these are the
 * API's own: an answer is data, never a document to sniff, frame or run.
 */
import { ConfigError } from './config';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export const API_HEADERS: Readonly<Record<string, string>> = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
};

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { ...API_HEADERS, ...headers } });
}

export function errorResponse(error: ApiError): Response {
  return jsonResponse({ error: { code: error.code, message: error.message } }, error.status, error.headers);
}

export function notFound(message: string): ApiError {
  return new ApiError(404, 'not_found', message);
}

/** Runs a route body; expected failures become their JSON error, unexpected ones a bare 500. */
export async function handleApi(run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ApiError) return errorResponse(error);
    if (error instanceof ConfigError) return errorResponse(new ApiError(500, 'misconfigured', error.message));
    console.error('[api] unexpected error', error);
    return errorResponse(new ApiError(500, 'internal_error', 'Something went wrong on the server.'));
  }
}
