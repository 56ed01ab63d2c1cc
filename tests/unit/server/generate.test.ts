import { afterEach, describe, expect, it, vi } from 'vitest';
import { GET, POST } from '@/app/api/generate/route';
import { buildLlmMessages } from '@/lib/gen/llm/prompt';
import { freshClient, getRequest, jsonRequest, sendJson, startFakeServer, TEST_FACTS, useIsolatedServer, type FakeServer } from './helpers';

const URL = 'http://localhost/api/generate';
const LLM_JSON = JSON.stringify({ tagline: 'A year of 1,204 conversations', insights: [], persona: 'You build.', achievements: {} });

describe('/api/generate', () => {
  useIsolatedServer();
  let engine: FakeServer | undefined;
  afterEach(async () => {
    await engine?.close();
    engine = undefined;
  });

  function configure(server: FakeServer, extra: Record<string, string> = {}) {
    vi.stubEnv('LLM_BASE_URL', `${server.url}/v1/`);
    vi.stubEnv('LLM_MODEL', 'local-model');
    vi.stubEnv('LLM_API_KEY', 'sk-test-secret');
    for (const [name, value] of Object.entries(extra)) vi.stubEnv(name, value);
  }

  it('answers 501 with a message naming the variables when unconfigured, and GET says so', async () => {
    const response = await POST(jsonRequest(URL, { facts: TEST_FACTS, style: 'casual' }));
    expect(response.status).toBe(501);
    const body = await response.json();
    expect(body.error.code).toBe('not_configured');
    expect(body.error.message).toContain('LLM_BASE_URL and LLM_MODEL');
    expect(await (await GET(getRequest(URL))).json()).toEqual({ configured: false });
  });

  it('sends the facts prompt (and nothing else) to the OpenAI-compatible endpoint and returns its content', async () => {
    engine = await startFakeServer((_request, response) =>
      sendJson(response, 200, { model: 'local-model-q4', choices: [{ index: 0, message: { role: 'assistant', content: LLM_JSON } }] }),
    );
    configure(engine);
    expect(await (await GET(getRequest(URL))).json()).toEqual({ configured: true, model: 'local-model' });

    const canary = 'CANARY-private-chat-text';
    const response = await POST(jsonRequest(URL, { facts: { ...TEST_FACTS, messages: [canary] }, style: 'poetic' }));
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ content: LLM_JSON, model: 'local-model-q4' });

    expect(engine.requests).toHaveLength(1);
    const [sent] = engine.requests;
    expect(sent!.method).toBe('POST');
    expect(sent!.url).toBe('/v1/chat/completions');
    expect(sent!.headers.authorization).toBe('Bearer sk-test-secret');
    expect(sent!.body).not.toContain(canary);
    expect(JSON.parse(sent!.body)).toEqual({
      model: 'local-model',
      messages: buildLlmMessages(TEST_FACTS, 'poetic'),
      response_format: { type: 'json_object' },
      temperature: 0.7,
      max_tokens: 600,
    });
  });

  it('maps an upstream error to 502 without echoing the key or the upstream body', async () => {
    engine = await startFakeServer((_request, response) => sendJson(response, 401, { error: { message: 'Incorrect API key provided: sk-test-secret' } }));
    configure(engine);
    const response = await POST(jsonRequest(URL, { facts: TEST_FACTS, style: 'casual' }));
    expect(response.status).toBe(502);
    const text = await response.text();
    expect(JSON.parse(text).error).toEqual({ code: 'upstream_error', message: 'The text engine answered HTTP 401 on /v1/chat/completions.' });
    expect(text).not.toContain('sk-test-secret');
  });

  it('maps a malformed completion to 502', async () => {
    engine = await startFakeServer((_request, response) => sendJson(response, 200, { choices: [] }));
    configure(engine);
    const response = await POST(jsonRequest(URL, { facts: TEST_FACTS, style: 'casual' }));
    expect(response.status).toBe(502);
    expect((await response.json()).error.message).toContain('without a chat completion');
  });

  it('answers 504 when the endpoint is slower than LLM_TIMEOUT_MS', async () => {
    engine = await startFakeServer(async (_request, response) => {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      sendJson(response, 200, { choices: [{ message: { content: '{}' } }] });
    });
    configure(engine, { LLM_TIMEOUT_MS: '1000' });
    const response = await POST(jsonRequest(URL, { facts: TEST_FACTS, style: 'casual' }));
    expect(response.status).toBe(504);
    expect(await response.json()).toEqual({ error: { code: 'upstream_timeout', message: 'The text engine did not answer within 1 s.' } });
  });

  it('rejects invalid input with the failing paths, oversized bodies, and unknown keys', async () => {
    engine = await startFakeServer((_request, response) => sendJson(response, 200, { choices: [{ message: { content: '{}' } }] }));
    configure(engine);

    const invalid = await POST(jsonRequest(URL, { facts: { ...TEST_FACTS, conversations: -1 }, style: 'shouty' }));
    expect(invalid.status).toBe(400);
    const { error } = await invalid.json();
    expect(error.code).toBe('invalid_input');
    expect(error.message).toContain('facts.conversations');
    expect(error.message).toContain('style');

    const notJson = await POST(jsonRequest(URL, '{"facts":'));
    expect(notJson.status).toBe(400);

    const extraKey = await POST(jsonRequest(URL, { facts: TEST_FACTS, style: 'casual', baseUrl: 'http://evil.example' }));
    expect(extraKey.status).toBe(400);
    expect((await extraKey.json()).error.message).toContain('baseUrl');

    const huge = await POST(jsonRequest(URL, { facts: TEST_FACTS, style: 'casual', padding: 'x'.repeat(70_000) }));
    expect(huge.status).toBe(413);
    expect((await huge.json()).error.code).toBe('payload_too_large');
    expect(engine.requests).toHaveLength(0);
  });

  it('rate-limits one client with 429 and Retry-After while another client still gets through', async () => {
    engine = await startFakeServer((_request, response) => sendJson(response, 200, { choices: [{ message: { content: '{}' } }] }));
    configure(engine);
    const client = freshClient();
    const statuses: number[] = [];
    for (let index = 0; index < 10; index++) {
      statuses.push((await POST(jsonRequest(URL, { facts: TEST_FACTS, style: 'casual' }, { client }))).status);
    }
    expect(statuses.every((status) => status === 200)).toBe(true);
    const limited = await POST(jsonRequest(URL, { facts: TEST_FACTS, style: 'casual' }, { client }));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await limited.json()).error.code).toBe('rate_limited');
    expect((await POST(jsonRequest(URL, { facts: TEST_FACTS, style: 'casual' }))).status).toBe(200);
  });
});
