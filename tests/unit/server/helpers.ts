/** Shared pieces of the server route tests: a temp data dir, local fake engines, requests, facts. */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, vi } from 'vitest';
import { closeDb } from '@/lib/server/db';

export { TEST_FACTS } from '@/lib/gen/test-facts';

/** A real 1×1 PNG. */
export const TINY_PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
export const TINY_PNG = new Uint8Array(Buffer.from(TINY_PNG_BASE64, 'base64'));

/** Each test gets its own SQLite file under a fresh AIW_DATA_DIR and a clean env. */
export function useIsolatedServer(): { dataDir: () => string } {
  let dataDir = '';
  beforeEach(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'aiw-server-'));
    vi.stubEnv('AIW_DATA_DIR', dataDir);
    for (const name of ['LLM_BASE_URL', 'LLM_MODEL', 'LLM_API_KEY', 'DIFFUSION_BACKEND', 'DIFFUSION_URL', 'DIFFUSION_API_KEY', 'DIFFUSION_MODEL']) {
      vi.stubEnv(name, '');
    }
  });
  afterEach(() => {
    closeDb();
    vi.unstubAllEnvs();
    rmSync(dataDir, { recursive: true, force: true });
  });
  return { dataDir: () => dataDir };
}

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface FakeServer {
  url: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

type Handler = (request: RecordedRequest, response: ServerResponse) => unknown;

/** A real HTTP server on a free port that records every request it gets. */
export async function startFakeServer(handler: Handler): Promise<FakeServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer(async (incoming, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const request = { method: incoming.method ?? 'GET', url: incoming.url ?? '/', headers: incoming.headers, body: Buffer.concat(chunks).toString('utf8') };
    requests.push(request);
    try {
      await handler(request, response);
    } catch {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function sendJson(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { 'Content-Type': 'application/json' });
  response.end(JSON.stringify(body));
}

let clientCounter = 0;
/** A distinct client address per call, so rate limits of one test never reach another. */
export function freshClient(): string {
  clientCounter++;
  return `203.0.113.${clientCounter % 250}, 10.0.0.${Math.floor(clientCounter / 250)}`;
}

/** A body-less GET from a fresh client. */
export const getRequest = (url: string) => new Request(url, { headers: { 'X-Forwarded-For': freshClient() } });

export function jsonRequest(url: string, body: unknown, init: { method?: string; client?: string; headers?: Record<string, string> } = {}) {
  return new Request(url, {
    method: init.method ?? 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': init.client ?? freshClient(), ...init.headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export const params = <T extends Record<string, string>>(value: T) => ({ params: Promise.resolve(value) });
