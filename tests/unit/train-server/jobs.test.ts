import { describe, expect, it } from 'vitest';
import { POST as cancel } from '@/app/api/train/jobs/[id]/cancel/route';
import { GET as getHead } from '@/app/api/train/jobs/[id]/head/route';
import { GET as getJob } from '@/app/api/train/jobs/[id]/route';
import { POST as submit } from '@/app/api/train/jobs/route';
import { trainConfig } from '@/lib/server/config';
import { getTrainQueue } from '@/lib/server/queue';
import { authed, params, useIsolatedServer, useTrainEnv, vectorExamples, waitFor } from './helpers';

const LABELS = ['work', 'play'];
const TEXTS = [
  ['fix the failing unit test in the payment service', 'work'],
  ['review the quarterly budget spreadsheet', 'work'],
  ['draft the sprint planning agenda for the team', 'work'],
  ['debug the kubernetes deployment config', 'work'],
  ['write the API documentation for the billing endpoint', 'work'],
  ['prepare slides for the client meeting', 'work'],
  ['suggest a board game for a family night', 'play'],
  ['recommend a fantasy novel like the hobbit', 'play'],
  ['ideas for a fun weekend hike with friends', 'play'],
  ['what video game should I play next', 'play'],
  ['plan a beach holiday in portugal', 'play'],
  ['a recipe for chocolate chip cookies', 'play'],
  ['schedule a one-on-one with my manager', 'work'],
  ['summarise the incident postmortem for the on-call team', 'work'],
  ['refactor the invoice parser to handle refunds', 'work'],
  ['estimate the effort for the migration project', 'work'],
  ['find a karaoke bar for saturday night', 'play'],
  ['which anime should I binge this weekend', 'play'],
  ['tips for my first surfing lesson', 'play'],
  ['a fun party game for a birthday', 'play'],
].map(([text, label]) => ({ text, label }));

async function post(body: unknown) {
  const response = await submit(authed('/api/train/jobs', { body }));
  return { status: response.status, body: await response.json() };
}

const readJob = async (id: string) => (await getJob(authed(`/api/train/jobs/${id}`), params({ id }))).json();

describe('/api/train/jobs', () => {
  useIsolatedServer();
  useTrainEnv();

  it('runs a job with a TPE search in a worker thread: queued → running → done with CV metrics, trials and a head', async () => {
    const created = await post({ task: 'work-play', examples: vectorExamples(60, LABELS, 0.3), model: { kind: 'logistic', maxIterations: 60 }, search: { method: 'tpe', budget: 4 }, folds: 3 });
    expect(created).toEqual({ status: 202, body: { id: expect.stringMatching(/^[0-9a-f-]{36}$/), status: 'queued' } });
    const seen = new Set<string>();
    const state = await waitFor(() => readJob(created.body.id), (job) => (seen.add(job.status), ['done', 'failed'].includes(job.status)));
    expect(state.error).toBeUndefined();
    expect(seen.has('running') || seen.has('queued')).toBe(true);
    expect(state).toMatchObject({ status: 'done', progress: 1, task: 'work-play', headUrl: `/api/train/jobs/${created.body.id}/head` });
    expect(state.metrics.macroF1).toBeGreaterThan(0.9);
    expect(state.metrics.accuracy).toBeGreaterThan(0.9);
    expect(state.metrics.ece).toBeGreaterThanOrEqual(0);
    expect(state.metrics.perFold).toHaveLength(3);
    expect(Object.keys(state.metrics.perLabelF1)).toEqual(['play', 'work']);
    expect(state.trials).toHaveLength(4);
    expect(state.trials[0].params).toHaveProperty('l2');

    const head = await (await getHead(authed(`/api/train/jobs/${created.body.id}/head`), params({ id: created.body.id }))).json();
    expect(head).toMatchObject({ format: 1, head: 'work-play', labels: ['play', 'work'], encoder: 'use-lite', dims: 512, kind: 'softmax' });
    expect(head.layers[0]).toMatchObject({ inputs: 512, outputs: 2 });
    expect(head.layers[0].weights).toHaveLength(1024);
  });

  it('embeds text examples with the bundled student encoder', async () => {

    const created = await post({ task: 'text-job', examples: TEXTS, model: { kind: 'logistic', maxIterations: 40 }, folds: 2 });
    const state = await waitFor(() => readJob(created.body.id), (job) => ['done', 'failed'].includes(job.status));
    expect(state.error).toBeUndefined();
    expect(state.status).toBe('done');
    const head = await (await getHead(authed(`/api/train/jobs/${created.body.id}/head`), params({ id: created.body.id }))).json();
    expect(head.encoder).toBe('use-lite-static');
    expect(state.metrics.accuracy).toBeGreaterThan(0.5);
  });

  it('embeds text examples with the USE-lite teacher on TF.js WASM when asked', async () => {
    const created = await post({ task: 'teacher-job', examples: TEXTS, encoder: 'teacher', model: { kind: 'logistic', maxIterations: 40 }, folds: 2 });
    const state = await waitFor(() => readJob(created.body.id), (job) => ['done', 'failed'].includes(job.status));
    expect(state.error).toBeUndefined();
    const head = await (await getHead(authed(`/api/train/jobs/${created.body.id}/head`), params({ id: created.body.id }))).json();
    expect(head.encoder).toBe('use-lite');
    expect(state.metrics.accuracy).toBeGreaterThan(0.5);
  });

  it('cancels a running job (its worker stops), and refuses to cancel it again', async () => {
    const created = await post({ task: 'slow', examples: vectorExamples(400, ['a', 'b', 'c'], 1), model: { kind: 'mlp', maxIterations: 400 }, search: { method: 'random', budget: 50 }, folds: 5 });
    await waitFor(() => readJob(created.body.id), (job) => job.status === 'running');
    const cancelled = await cancel(authed(`/api/train/jobs/${created.body.id}/cancel`, { body: {} }), params({ id: created.body.id }));
    expect(cancelled.status).toBe(200);
    expect(await cancelled.json()).toMatchObject({ status: 'cancelled', error: 'Cancelled on request.' });
    // The worker thread is terminated, so the queue frees up at once rather than after minutes of training.
    const started = Date.now();
    await (await getTrainQueue(trainConfig()!)).idle();
    expect(Date.now() - started).toBeLessThan(2_000);
    expect((await readJob(created.body.id)).status).toBe('cancelled');
    const again = await cancel(authed(`/api/train/jobs/${created.body.id}/cancel`, { body: {} }), params({ id: created.body.id }));
    expect(again.status).toBe(409);
    expect((await again.json()).error.code).toBe('already_settled');
  });

  it('cancels a queued job before it runs', async () => {
    const busy = await post({ task: 'busy', examples: vectorExamples(400, ['a', 'b'], 1), model: { kind: 'mlp', maxIterations: 300 }, search: { method: 'random', budget: 30 } });
    const waiting = await post({ task: 'waiting', examples: vectorExamples(20, LABELS, 0.1), model: { kind: 'logistic' }, folds: 2 });
    expect((await readJob(waiting.body.id)).status).toBe('queued');
    const response = await cancel(authed(`/api/train/jobs/${waiting.body.id}/cancel`, { body: {} }), params({ id: waiting.body.id }));
    expect(await response.json()).toMatchObject({ status: 'cancelled', progress: 0 });
    await cancel(authed(`/api/train/jobs/${busy.body.id}/cancel`, { body: {} }), params({ id: busy.body.id }));
  });

  it('rejects invalid jobs with 400 naming the field, and unknown ids with 404', async () => {
    const wrongDims = await post({ task: 't', examples: [{ vector: [1, 2, 3], label: 'a' }], model: { kind: 'logistic' } });
    expect(wrongDims.status).toBe(400);
    expect(wrongDims.body.error).toMatchObject({ code: 'invalid_input' });
    const oneLabel = await post({ task: 't', examples: vectorExamples(12, ['only'], 0.1), model: { kind: 'logistic' } });
    expect(oneLabel.body.error.message).toContain('needs at least 2 distinct labels');
    const bigBudget = await post({ task: 't', examples: vectorExamples(12, LABELS, 0.1), model: { kind: 'logistic' }, search: { method: 'grid', budget: 51 } });
    expect(bigBudget.body.error.message).toContain('search.budget');
    const missing = await getJob(authed('/api/train/jobs/00000000-0000-4000-8000-000000000000'), params({ id: '00000000-0000-4000-8000-000000000000' }));
    expect(missing.status).toBe(404);
  });
});
