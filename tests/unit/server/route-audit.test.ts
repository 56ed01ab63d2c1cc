/**
 * Every route module under app/api, found on disk (so a new route cannot escape), held to the
 * API contract of docs/api.md: hostile path parameters, query strings and bodies answer a JSON
 * error (never a 500), bodies over the cap answer 413, one client hammering a handler gets 429
 * with Retry-After before any validation or token check, and every answer carries the API's
 * headers. The routes' own behaviour is tested beside this (share, cover, generate, train-server).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_TRAIN_BODY_BYTES } from '@/lib/server/train/schema';
import { TOKEN, useTrainEnv } from '../train-server/helpers';
import { freshClient, useIsolatedServer } from './helpers';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

interface HandlerSpec {
  /** Needs the training bearer token (sent on every probe, so the probes reach validation). */
  auth?: boolean;
  /** `json`: a validated JSON body; `empty`: none, or `{}`. Either up to `maxBytes`. */
  body?: { kind: 'json' | 'empty'; maxBytes: number };
}

interface RouteSpec {
  /** Well-formed values of the `[param]` segments (they name no record here). */
  params?: Record<string, string>;
  handlers: Partial<Record<Method, HandlerSpec>>;
}

const SHARE_ID = 'AAAAAAAAAAAAAAAAAAAAAA';
const COVER_ID = '0'.repeat(64);
const RECORD_ID = '00000000-0000-4000-8000-000000000000';
const KB = 1024;
const json = (maxBytes: number) => ({ kind: 'json', maxBytes }) as const;
const EMPTY = { kind: 'empty', maxBytes: KB } as const;
const TRAIN_JSON = json(MAX_TRAIN_BODY_BYTES);

/** One row per route file; a route missing here fails the first test. */
const ROUTES: Record<string, RouteSpec> = {
  cover: { handlers: { GET: {}, POST: { body: json(64 * KB) } } },
  'cover/[id]': { params: { id: COVER_ID }, handlers: { GET: {} } },
  'cover/[id]/image': { params: { id: COVER_ID }, handlers: { GET: {} } },
  generate: { handlers: { GET: {}, POST: { body: json(64 * KB) } } },
  'mlops/pipelines': { handlers: { POST: { auth: true, body: TRAIN_JSON } } },
  'mlops/pipelines/[id]': { params: { id: RECORD_ID }, handlers: { GET: { auth: true } } },
  'mlops/pipelines/[id]/metrics': { params: { id: RECORD_ID }, handlers: { GET: { auth: true } } },
  'mlops/pipelines/[id]/threshold': { params: { id: RECORD_ID }, handlers: { PUT: { auth: true, body: json(4 * KB) } } },
  'mlops/pipelines/[id]/trigger': { params: { id: RECORD_ID }, handlers: { POST: { auth: true, body: EMPTY } } },
  'models/registry': { handlers: { GET: {} } },
  'models/registry/[name]/[version]/weights': { params: { name: 'sentiment', version: '1' }, handlers: { GET: {} } },
  share: { handlers: { POST: { body: json(32 * KB) } } },
  'share/[id]': { params: { id: SHARE_ID }, handlers: { GET: {}, DELETE: { body: EMPTY } } },
  'share/[id]/og': { params: { id: SHARE_ID }, handlers: { GET: {} } },
  'train/jobs': { handlers: { POST: { auth: true, body: TRAIN_JSON } } },
  'train/jobs/[id]': { params: { id: RECORD_ID }, handlers: { GET: { auth: true } } },
  'train/jobs/[id]/cancel': { params: { id: RECORD_ID }, handlers: { POST: { auth: true, body: EMPTY } } },
  'train/jobs/[id]/head': { params: { id: RECORD_ID }, handlers: { GET: { auth: true } } },
};

const API_DIR = path.join(process.cwd(), 'app', 'api');
const METHODS: Method[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

function routeFiles(): Map<string, string> {
  const files = readdirSync(API_DIR, { recursive: true, encoding: 'utf8' }).filter((file) => /(^|\/)route\.tsx?$/.test(file));
  return new Map(files.map((file) => [path.dirname(file).split(path.sep).join('/'), path.join(API_DIR, file)]));
}

const PARAM_VALUES = [
  '',
  '..',
  '../../etc/passwd',
  '%2e%2e%2f',
  '\u0000',
  "x' OR '1'='1",
  '__proto__',
  'constructor',
  'A'.repeat(10_000),
  `${SHARE_ID.slice(1)}\n`,
  '😀'.repeat(11),
  '-1',
  '0',
  '1e3',
  '1.5',
  '99999999999',
];

const HOSTILE_BODIES = [
  '{',
  '[]',
  'null',
  '"text"',
  '12',
  '{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
  `${'['.repeat(10_000)}${']'.repeat(10_000)}`,
  JSON.stringify({ unexpected: 'x'.repeat(512) }),
];

interface Probe {
  route: string;
  method: Method;
  spec: HandlerSpec;
  params: Record<string, string>;
  handler: Handler;
}

async function loadProbes(): Promise<Probe[]> {
  const probes: Probe[] = [];
  for (const [route, file] of routeFiles()) {
    const spec = ROUTES[route];
    if (!spec) continue;
    const mod = (await import(file)) as Record<string, unknown>;
    for (const method of METHODS) {
      const handlerSpec = spec.handlers[method];
      if (handlerSpec) probes.push({ route, method, spec: handlerSpec, params: spec.params ?? {}, handler: mod[method] as Handler });
    }
  }
  return probes;
}

function call(probe: Probe, init: { params?: Record<string, string>; client?: string; body?: BodyInit; headers?: Record<string, string>; query?: string } = {}) {
  const headers: Record<string, string> = { 'X-Forwarded-For': init.client ?? freshClient(), ...init.headers };
  if (probe.spec.auth) headers.Authorization = `Bearer ${TOKEN}`;
  const hasBody = init.body !== undefined && probe.method !== 'GET';
  const request = new Request(`http://localhost/api/${probe.route}${init.query ?? ''}`, {
    method: probe.method,
    headers,
    ...(hasBody ? { body: init.body, duplex: 'half' } : {}),
  } as RequestInit);
  return probe.handler(request, { params: Promise.resolve(init.params ?? probe.params) });
}

/** The JSON error shape with the API's headers; returns the code. */
async function expectApiError(response: Response, status: number | ((status: number) => boolean), where: string): Promise<string> {
  if (typeof status === 'number') expect(response.status, where).toBe(status);
  else expect(status(response.status), `${where}: status ${response.status}`).toBe(true);
  expect(response.headers.get('content-type'), where).toContain('application/json');
  expect(response.headers.get('x-content-type-options'), where).toBe('nosniff');
  expect(response.headers.get('cache-control'), where).toBe('no-store');
  expect(response.headers.get('content-security-policy'), where).toContain("default-src 'none'");
  const body = await response.json();
  expect(body, where).toEqual({ error: { code: expect.any(String), message: expect.any(String) } });
  return body.error.code;
}

/** A body that never ends on its own: only a reader that stops at the cap gets an answer. */
function endlessBody(): ReadableStream<Uint8Array> {
  const chunk = new Uint8Array(64 * KB).fill(0x20);
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      // A bound all the same, so a route that reads everything fails the test instead of hanging it.
      if (sent > MAX_TRAIN_BODY_BYTES + 4 * 1024 * KB) return controller.close();
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
}

describe('API route audit', () => {
  useIsolatedServer();
  useTrainEnv();
  beforeEach(() => {
    // Configured engines on a closed port: every probe is refused before anything would call them.
    vi.stubEnv('LLM_BASE_URL', 'http://127.0.0.1:9/v1');
    vi.stubEnv('LLM_MODEL', 'audit-model');
    vi.stubEnv('DIFFUSION_BACKEND', 'automatic1111');
    vi.stubEnv('DIFFUSION_URL', 'http://127.0.0.1:9');
  });

  it('covers every route module on disk, with exactly the handlers it exports, all dynamic', async () => {
    const files = routeFiles();
    expect([...files.keys()].sort()).toEqual(Object.keys(ROUTES).sort());
    for (const [route, file] of files) {
      const mod = (await import(file)) as Record<string, unknown>;
      const exported = METHODS.filter((method) => typeof mod[method] === 'function');
      expect(exported, route).toEqual(Object.keys(ROUTES[route]!.handlers).sort((a, b) => METHODS.indexOf(a as Method) - METHODS.indexOf(b as Method)));
      // A statically rendered handler would answer from the build, past its rate limit.
      expect(mod.dynamic, route).toBe('force-dynamic');
      const segments = [...route.matchAll(/\[(\w+)\]/g)].map((match) => match[1]);
      expect(Object.keys(ROUTES[route]!.params ?? {}).sort(), route).toEqual(segments.sort());
    }
  });

  it('answers hostile path parameters with a JSON 404', async () => {
    for (const probe of await loadProbes()) {
      for (const name of Object.keys(probe.params)) {
        for (const value of PARAM_VALUES) {
          const response = await call(probe, { params: { ...probe.params, [name]: value } });
          const where = `${probe.method} ${probe.route} ${name}=${JSON.stringify(value.slice(0, 24))}`;
          expect(await expectApiError(response, 404, where), where).toBe('not_found');
        }
      }
    }
  });

  it('ignores or rejects hostile query strings, never with a 500', async () => {
    const queries = ['?limit=abc', '?limit=-5', '?limit=1e9', '?__proto__=x&constructor=y', `?limit=${'9'.repeat(5_000)}`, '?limit=1&limit=%00'];
    for (const probe of await loadProbes()) {
      if (probe.method !== 'GET') continue;
      for (const query of queries) {
        const response = await call(probe, { query });
        const where = `GET ${probe.route}${query.slice(0, 30)}`;
        expect(response.status, where).toBeLessThan(500);
        expect(response.headers.get('x-content-type-options'), where).toBe('nosniff');
      }
    }
    const metrics = (await loadProbes()).find((probe) => probe.route === 'mlops/pipelines/[id]/metrics')!;
    const bad = await call(metrics, { query: '?limit=abc' });
    expect(await expectApiError(bad, 400, 'metrics ?limit=abc')).toBe('invalid_input');
  });

  it('answers malformed, mistyped and prototype-polluting bodies with 400 invalid_input (413 over the cap)', async () => {
    for (const probe of await loadProbes()) {
      if (!probe.spec.body) continue;
      for (const body of HOSTILE_BODIES) {
        const response = await call(probe, { body, headers: { 'Content-Type': 'application/json' } });
        const where = `${probe.method} ${probe.route} body ${body.slice(0, 30)}`;
        const tooLarge = body.length > probe.spec.body.maxBytes;
        expect(await expectApiError(response, tooLarge ? 413 : 400, where), where).toBe(tooLarge ? 'payload_too_large' : 'invalid_input');
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('answers bodies over the cap with 413, whether declared or streamed without a length', async () => {
    for (const probe of await loadProbes()) {
      if (!probe.spec.body) continue;
      const declared = await call(probe, { body: '{}', headers: { 'Content-Length': String(2 ** 31) } });
      expect(await expectApiError(declared, 413, `${probe.method} ${probe.route} declared`)).toBe('payload_too_large');
      const streamed = await call(probe, { body: endlessBody() });
      expect(await expectApiError(streamed, 413, `${probe.method} ${probe.route} streamed`)).toBe('payload_too_large');
      if (probe.spec.body.kind === 'empty') expect((await call(probe, { body: '{}' })).status, `${probe.route} {}`).not.toBe(400);
    }
  });

  it('rate-limits each handler per client with 429 and Retry-After, before validating anything', async () => {
    for (const probe of await loadProbes()) {
      const client = freshClient();
      // Invalid input on purpose: the limiter must answer before validation ever does.
      const hostile = Object.keys(probe.params).length > 0 ? { params: Object.fromEntries(Object.keys(probe.params).map((name) => [name, '..'])) } : {};
      const body = probe.spec.body ? { body: '{' } : {};
      let limited: Response | null = null;
      let sent = 0;
      while (!limited && sent < 400) {
        const response = await call(probe, { client, ...hostile, ...body });
        sent++;
        if (response.status === 429) limited = response;
        else expect(response.status, `${probe.method} ${probe.route}`).toBeLessThan(500);
      }
      const where = `${probe.method} ${probe.route} after ${sent} requests`;
      expect(limited, where).not.toBeNull();
      expect(Number(limited!.headers.get('retry-after')), where).toBeGreaterThanOrEqual(1);
      expect(await expectApiError(limited!, 429, where)).toBe('rate_limited');
      expect((await call(probe, { ...hostile, ...body })).status, `${where}: another client`).not.toBe(429);
    }
  });
});
