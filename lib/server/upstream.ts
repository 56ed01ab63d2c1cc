/**
 * Calls to the engines a deployer configures (LLM, diffusion). Their answers are read with a
 * size cap, and their failures become ApiErrors that name the engine and the HTTP status but
 * never the URL's credentials, the API key or the upstream body (which may echo either).
 */
import { readCapped } from './body';
import { ApiError } from './http';

export class UpstreamTimeout extends ApiError {
  constructor(engine: string, timeoutMs: number) {
    super(504, 'upstream_timeout', `The ${engine} did not answer within ${Math.round(timeoutMs / 1000)} s.`);
  }
}

export const upstreamError = (message: string) => new ApiError(502, 'upstream_error', message);

export function bearer(apiKey: string | undefined): Record<string, string> {
  return apiKey ? { Authorization: `Bearer ${apiKey}` } : {};
}

function isAbort(error: unknown) {
  return error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
}

/** fetch() with the engine's name on every failure; `timeoutMs` only labels a timed-out signal. */
export async function fetchUpstream(engine: string, url: string, init: RequestInit & { signal: AbortSignal }, timeoutMs: number) {
  const pathname = new URL(url).pathname;
  let response: Response;
  try {
    response = await fetch(url, { ...init, redirect: 'error' });
  } catch (error) {
    if (isAbort(error)) throw new UpstreamTimeout(engine, timeoutMs);
    throw upstreamError(`Could not reach the ${engine} (${pathname}).`);
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw upstreamError(`The ${engine} answered HTTP ${response.status} on ${pathname}.`);
  }
  return response;
}

export async function readUpstreamBytes(engine: string, response: Response, limit: number, timeoutMs: number): Promise<Uint8Array> {
  try {
    const bytes = await readCapped(response.body, limit);
    if (!bytes) throw upstreamError(`The ${engine} sent more than ${Math.round(limit / 1_048_576)} MB.`);
    return bytes;
  } catch (error) {
    if (isAbort(error)) throw new UpstreamTimeout(engine, timeoutMs);
    throw error;
  }
}

export async function readUpstreamJson(engine: string, response: Response, limit: number, timeoutMs: number): Promise<unknown> {
  const bytes = await readUpstreamBytes(engine, response, limit, timeoutMs);
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw upstreamError(`The ${engine} did not answer with JSON.`);
  }
}
