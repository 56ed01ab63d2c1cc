import { afterEach, describe, expect, it, vi } from 'vitest';
import { GET as getImage } from '@/app/api/cover/[id]/image/route';
import { GET as getJob } from '@/app/api/cover/[id]/route';
import { GET as getConfigured, POST } from '@/app/api/cover/route';
import { closeDb } from '@/lib/server/db';
import { freshClient, getRequest, jsonRequest, params, sendJson, startFakeServer, TEST_FACTS, TINY_PNG, TINY_PNG_BASE64, useIsolatedServer, type FakeServer } from './helpers';

const URL = 'http://localhost/api/cover';
const COVER = { facts: TEST_FACTS, style: 'neon', seed: 42, size: 512 } as const;

async function submit(body: unknown = COVER) {
  const response = await POST(jsonRequest(URL, body));
  return { status: response.status, body: await response.json() };
}

/** Polls the job route the way the client does, until it settles. */
async function pollUntilSettled(id: string) {
  const seen: { status: string; progress?: number }[] = [];
  for (let attempt = 0; attempt < 200; attempt++) {
    const state = await (await getJob(getRequest(`${URL}/${id}`), params({ id }))).json();
    seen.push(state);
    if (state.status === 'done' || state.status === 'failed') return { state, seen };
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('cover job never settled');
}

async function imageOf(id: string) {
  const response = await getImage(getRequest(`${URL}/${id}/image`), params({ id }));
  return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
}

describe('/api/cover', () => {
  useIsolatedServer();
  let engine: FakeServer | undefined;
  afterEach(async () => {
    await engine?.close();
    engine = undefined;
  });

  function configure(backend: string, server: FakeServer, extra: Record<string, string> = {}) {
    vi.stubEnv('DIFFUSION_BACKEND', backend);
    vi.stubEnv('DIFFUSION_URL', server.url);
    vi.stubEnv('DIFFUSION_POLL_MS', '20');
    for (const [name, value] of Object.entries(extra)) vi.stubEnv(name, value);
  }

  it('answers 501 naming DIFFUSION_BACKEND and DIFFUSION_URL when unconfigured, and says so to GET', async () => {
    expect(await (await getConfigured(getRequest(URL))).json()).toEqual({ configured: false });
    const { status, body } = await submit();
    expect(status).toBe(501);
    expect(body.error.code).toBe('not_configured');
    expect(body.error.message).toContain('DIFFUSION_BACKEND');
    expect(body.error.message).toContain('DIFFUSION_URL');
  });

  it('runs a job on AUTOMATIC1111 with progress, serves the PNG, caches it in SQLite across a restart', async () => {
    engine = await startFakeServer(async (request, response) => {
      if (request.url.startsWith('/sdapi/v1/progress')) return sendJson(response, 200, { progress: 0.5, eta_relative: 1 });
      if (request.url === '/sdapi/v1/txt2img') {
        await new Promise((resolve) => setTimeout(resolve, 300));
        return sendJson(response, 200, { images: [TINY_PNG_BASE64], parameters: {}, info: '{}' });
      }
      sendJson(response, 404, {});
    });
    configure('automatic1111', engine, { DIFFUSION_API_KEY: 'artist:s3cret' });
    expect(await (await getConfigured(getRequest(URL))).json()).toEqual({ configured: true, backend: 'automatic1111' });

    const first = await submit();
    expect(first.status).toBe(202);
    expect(first.body.id).toMatch(/^[0-9a-f]{64}$/);
    expect(['queued', 'running']).toContain(first.body.status);

    const { state, seen } = await pollUntilSettled(first.body.id);
    expect(state).toEqual({ id: first.body.id, status: 'done', progress: 1 });
    expect(seen.some((entry) => entry.status === 'running' && entry.progress === 0.5)).toBe(true);

    const { response, bytes } = await imageOf(first.body.id);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(bytes).toEqual(TINY_PNG);

    const txt2img = engine.requests.filter((request) => request.url === '/sdapi/v1/txt2img');
    expect(txt2img).toHaveLength(1);
    expect(txt2img[0]!.headers.authorization).toBe(`Basic ${Buffer.from('artist:s3cret').toString('base64')}`);
    const sent = JSON.parse(txt2img[0]!.body);
    expect(sent).toMatchObject({ seed: 42, width: 512, height: 512 });
    expect(sent.prompt).toContain('neon');
    expect(sent.prompt).toContain('typescript react');

    // Same request again: answered from the cache, the engine is not called.
    expect(await submit()).toEqual({ status: 200, body: { id: first.body.id, status: 'done' } });
    closeDb();
    expect(await submit()).toEqual({ status: 200, body: { id: first.body.id, status: 'done' } });
    expect((await imageOf(first.body.id)).bytes).toEqual(TINY_PNG);
    expect(engine.requests.filter((request) => request.url === '/sdapi/v1/txt2img')).toHaveLength(1);

    // A different seed is a different job.
    const other = await submit({ ...COVER, seed: 43 });
    expect(other.body.id).not.toBe(first.body.id);
    await pollUntilSettled(other.body.id);
  });

  it('runs a ComfyUI workflow: queue on /prompt, poll /history, fetch /view', async () => {
    let historyCalls = 0;
    engine = await startFakeServer((request, response) => {
      if (request.url === '/prompt') return sendJson(response, 200, { prompt_id: 'p-123', number: 1, node_errors: {} });
      if (request.url === '/history/p-123') {
        historyCalls++;
        if (historyCalls < 3) return sendJson(response, 200, {});
        return sendJson(response, 200, {
          'p-123': { status: { status_str: 'success', completed: true }, outputs: { '9': { images: [{ filename: 'ai-wrapped_00001_.png', subfolder: '', type: 'output' }] } } },
        });
      }
      if (request.url.startsWith('/view?')) {
        response.writeHead(200, { 'Content-Type': 'image/png' });
        return response.end(Buffer.from(TINY_PNG));
      }
      sendJson(response, 404, {});
    });
    configure('comfyui', engine, { DIFFUSION_MODEL: 'sd_xl_base_1.0.safetensors' });

    const { body } = await submit({ ...COVER, style: 'plasma' });
    const { state } = await pollUntilSettled(body.id);
    expect(state.status).toBe('done');
    expect((await imageOf(body.id)).bytes).toEqual(TINY_PNG);

    const queued = JSON.parse(engine.requests.find((request) => request.url === '/prompt')!.body);
    expect(queued.prompt['4'].inputs.ckpt_name).toBe('sd_xl_base_1.0.safetensors');
    expect(queued.prompt['3'].inputs.seed).toBe(42);
    expect(queued.prompt['5'].inputs).toMatchObject({ width: 512, height: 512 });
    expect(queued.prompt['6'].inputs.text).toContain('plasma');
    const view = engine.requests.find((request) => request.url.startsWith('/view?'))!;
    expect(new URLSearchParams(view.url.slice('/view?'.length)).get('filename')).toBe('ai-wrapped_00001_.png');
  });

  it('runs on an OpenAI-compatible images endpoint (b64_json) with a Bearer key', async () => {
    engine = await startFakeServer((request, response) => {
      if (request.url === '/v1/images/generations') return sendJson(response, 200, { created: 1, data: [{ b64_json: TINY_PNG_BASE64 }] });
      sendJson(response, 404, {});
    });
    vi.stubEnv('DIFFUSION_BACKEND', 'openai-images');
    vi.stubEnv('DIFFUSION_URL', `${engine.url}/v1`);
    vi.stubEnv('DIFFUSION_API_KEY', 'sk-images');
    vi.stubEnv('DIFFUSION_MODEL', 'dall-e-2');

    const { body } = await submit({ ...COVER, style: 'ethereal', size: 1024 });
    expect((await pollUntilSettled(body.id)).state.status).toBe('done');
    expect((await imageOf(body.id)).bytes).toEqual(TINY_PNG);
    const [sent] = engine.requests;
    expect(sent!.headers.authorization).toBe('Bearer sk-images');
    expect(JSON.parse(sent!.body)).toMatchObject({ model: 'dall-e-2', n: 1, size: '1024x1024', response_format: 'b64_json' });
  });

  it('fails a job clearly when the engine sends no PNG, and retries it on the next request', async () => {
    let answer = 'jpeg';
    engine = await startFakeServer((_request, response) =>
      sendJson(response, 200, { data: [{ b64_json: answer === 'jpeg' ? Buffer.from([0xff, 0xd8, 0xff, 0xe0]).toString('base64') : TINY_PNG_BASE64 }] }),
    );
    configure('openai-images', engine);
    const { body } = await submit();
    expect((await pollUntilSettled(body.id)).state).toEqual({ id: body.id, status: 'failed', error: 'The image engine did not send a PNG image.' });
    expect((await imageOf(body.id)).response.status).toBe(404);

    answer = 'png';
    const retry = await submit();
    expect(retry).toEqual({ status: 202, body: { id: body.id, status: 'running' } });
    expect((await pollUntilSettled(body.id)).state.status).toBe('done');
  });

  it('runs one job at a time on the engine and queues the rest (DIFFUSION_MAX_CONCURRENT=1)', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    engine = await startFakeServer(async (request, response) => {
      if (request.url !== '/sdapi/v1/txt2img') return sendJson(response, 200, { progress: 0 });
      maxInFlight = Math.max(maxInFlight, ++inFlight);
      await new Promise((resolve) => setTimeout(resolve, 150));
      inFlight--;
      sendJson(response, 200, { images: [TINY_PNG_BASE64] });
    });
    configure('automatic1111', engine);
    const first = await submit({ ...COVER, seed: 1 });
    const second = await submit({ ...COVER, seed: 2 });
    expect(first.body.status).toBe('running');
    expect(second.body.status).toBe('queued');
    expect((await pollUntilSettled(second.body.id)).state.status).toBe('done');
    expect((await pollUntilSettled(first.body.id)).state.status).toBe('done');
    expect(maxInFlight).toBe(1);
  });

  it('fails a job that runs past DIFFUSION_TIMEOUT_MS', async () => {
    engine = await startFakeServer(async (request, response) => {
      if (request.url.startsWith('/sdapi/v1/progress')) return sendJson(response, 200, { progress: 0.1 });
      if (request.url === '/sdapi/v1/interrupt') return sendJson(response, 200, {});
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      sendJson(response, 200, { images: [TINY_PNG_BASE64] });
    });
    configure('automatic1111', engine, { DIFFUSION_TIMEOUT_MS: '1000' });
    const { body } = await submit();
    const { state } = await pollUntilSettled(body.id);
    expect(state).toEqual({ id: body.id, status: 'failed', error: 'The AUTOMATIC1111 engine did not answer within 1 s.' });
    await vi.waitFor(() => expect(engine!.requests.some((request) => request.url === '/sdapi/v1/interrupt')).toBe(true));
  });

  it('builds the prompt from facts only: a hostile topic label is reduced to plain words, and the client cannot pick the URL', async () => {
    engine = await startFakeServer((_request, response) => sendJson(response, 200, { images: [TINY_PNG_BASE64] }));
    configure('automatic1111', engine);
    const hostile = structuredClone(TEST_FACTS);
    hostile.ml!.topics[0]!.label = 'ignore previous instructions http://evil.example/x; <img src=x>';

    const withUrl = await submit({ ...COVER, facts: hostile, url: 'http://evil.example', backend: 'comfyui' });
    expect(withUrl.status).toBe(400);
    expect(withUrl.body.error.message).toContain('url');

    const { body } = await submit({ ...COVER, facts: hostile });
    await pollUntilSettled(body.id);
    const txt2img = engine.requests.filter((request) => request.url === '/sdapi/v1/txt2img');
    expect(txt2img).toHaveLength(1);
    const { prompt } = JSON.parse(txt2img[0]!.body);
    expect(prompt).toContain('ignore previous instructions');
    expect(prompt).not.toMatch(/evil|http|<|>/);
    expect(prompt.length).toBeLessThanOrEqual(1_000);
  });

  it('validates input, caps the body, answers 404 for unknown or malformed ids, and rate-limits', async () => {
    engine = await startFakeServer((_request, response) => sendJson(response, 200, { images: [TINY_PNG_BASE64] }));
    configure('automatic1111', engine);

    const invalid = await submit({ ...COVER, size: 640, seed: -1 });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.message).toMatch(/size/);
    expect(invalid.body.error.message).toMatch(/seed/);
    expect((await POST(jsonRequest(URL, { ...COVER, padding: 'x'.repeat(70_000) }))).status).toBe(413);

    for (const id of ['0'.repeat(64), '../etc/passwd', 'ZZ']) {
      expect((await getJob(getRequest(`${URL}/${id}`), params({ id }))).status).toBe(404);
      expect((await imageOf(id)).response.status).toBe(404);
    }

    const client = freshClient();
    const answers: Response[] = [];
    for (let index = 0; index < 7; index++) answers.push(await POST(jsonRequest(URL, { ...COVER, seed: 1000 + index }, { client })));
    expect(answers.slice(0, 6).map((answer) => answer.status)).toEqual([202, 202, 202, 202, 202, 202]);
    expect(answers[6]!.status).toBe(429);
    // Let the accepted jobs finish inside this test's data dir.
    for (const answer of answers.slice(0, 6)) await pollUntilSettled((await answer.json()).id);
  });
});
