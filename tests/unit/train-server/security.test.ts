import { describe, expect, it, vi } from 'vitest';
import { GET as getPipeline } from '@/app/api/mlops/pipelines/[id]/route';
import { POST as createPipeline } from '@/app/api/mlops/pipelines/route';
import { GET as getJob } from '@/app/api/train/jobs/[id]/route';
import { POST as submit } from '@/app/api/train/jobs/route';
import { GET as registry } from '@/app/api/models/registry/route';
import { MAX_TRAIN_BODY_BYTES } from '@/lib/server/train/schema';
import { authed, BASE, freshClient, params, TOKEN, useIsolatedServer, useTrainEnv, vectorExamples } from './helpers';

const ID = '00000000-0000-4000-8000-000000000000';
const JOB = { task: 't', examples: vectorExamples(12, ['a', 'b'], 0.1), model: { kind: 'logistic' } };

describe('training API security', () => {
  useIsolatedServer();
  useTrainEnv();

  it('answers 501 not_configured naming TRAIN_API_TOKEN on every training and pipeline route when it is unset', async () => {
    vi.stubEnv('TRAIN_API_TOKEN', '');
    const responses = [
      await submit(authed('/api/train/jobs', { body: JOB })),
      await getJob(authed(`/api/train/jobs/${ID}`), params({ id: ID })),
      await createPipeline(authed('/api/mlops/pipelines', { body: {} })),
      await getPipeline(authed(`/api/mlops/pipelines/${ID}`), params({ id: ID })),
    ];
    for (const response of responses) {
      expect(response.status).toBe(501);
      const { error } = await response.json();
      expect(error.code).toBe('not_configured');
      expect(error.message).toContain('TRAIN_API_TOKEN');
    }
  });

  it('answers 401 without a token, with a wrong one, or with another scheme; the registry stays public', async () => {
    for (const token of [null, 'wrong-token-0123456789', `${TOKEN}x`, TOKEN.slice(0, -1)]) {
      const response = await submit(authed('/api/train/jobs', { body: JOB, token }));
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer');
      expect((await response.json()).error.code).toBe('unauthorized');
    }
    const basic = new Request(`${BASE}/api/train/jobs/${ID}`, { headers: { Authorization: `Basic ${TOKEN}`, 'X-Forwarded-For': freshClient() } });
    expect((await getJob(basic, params({ id: ID }))).status).toBe(401);
    const publicRegistry = await registry(new Request(`${BASE}/api/models/registry`, { headers: { 'X-Forwarded-For': freshClient() } }));
    expect(publicRegistry.status).toBe(200);
    expect(await publicRegistry.json()).toEqual({ models: [] });
  });

  it('answers 400 for malformed JSON and 413 for a body over the cap (declared or streamed)', async () => {
    const malformed = new Request(`${BASE}/api/train/jobs`, { method: 'POST', headers: { Authorization: `Bearer ${TOKEN}`, 'X-Forwarded-For': freshClient() }, body: '{"task":' });
    const bad = await submit(malformed);
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toContain('not valid JSON');

    const declared = new Request(`${BASE}/api/train/jobs`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${TOKEN}`, 'X-Forwarded-For': freshClient(), 'Content-Length': String(MAX_TRAIN_BODY_BYTES + 1) },
      body: '{}',
    });
    expect((await submit(declared)).status).toBe(413);
    const huge = new Request(`${BASE}/api/train/jobs`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${TOKEN}`, 'X-Forwarded-For': freshClient() },
      body: new ReadableStream({
        start(controller) {
          const chunk = new Uint8Array(1024 * 1024).fill(32);
          for (let i = 0; i <= MAX_TRAIN_BODY_BYTES / chunk.length; i++) controller.enqueue(chunk);
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    const tooLarge = await submit(huge);
    expect(tooLarge.status).toBe(413);
    expect((await tooLarge.json()).error.code).toBe('payload_too_large');
  });

  it('rate-limits per client with 429 and Retry-After, before checking the token', async () => {
    const client = freshClient();
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await submit(authed('/api/train/jobs', { body: {}, client, token: 'wrong-token-0123456789' }))).status);
    expect(statuses.slice(0, 20).every((status) => status === 401)).toBe(true);
    const limited = await submit(authed('/api/train/jobs', { body: JOB, client }));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await limited.json()).error.code).toBe('rate_limited');
  });
});
