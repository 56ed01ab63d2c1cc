/**
 * The training service through real HTTP against the production server (`next start`, which the
 * Playwright config starts with TRAIN_API_TOKEN=e2e-train-token): a job's lifecycle in a worker
 * thread, cancel, and pipeline threshold gating into the public registry. Model names are unique
 * per run because the server's SQLite file outlives it.
 */
import { expect, test, type APIRequestContext } from '@playwright/test';
import { Rng } from '../../lib/demo/prng';

const AUTH = { Authorization: 'Bearer e2e-train-token' };
const LABELS = ['negative', 'neutral', 'positive'];

function examples(count: number, learnable: boolean, seed: number) {
  const rng = new Rng(seed);
  const centres = LABELS.map(() => Array.from({ length: 512 }, () => rng.next() * 2 - 1));
  return Array.from({ length: count }, (_, i) => {
    const centre = learnable ? centres[i % 3]! : centres[0]!;
    return { vector: centre.map((c) => Number((c + (rng.next() * 2 - 1) * (learnable ? 0.1 : 1)).toFixed(4))), label: LABELS[i % 3]! };
  });
}

async function settle(request: APIRequestContext, url: string, isDone: (body: any) => boolean) {
  let body: any;
  await expect
    .poll(async () => {
      body = await (await request.get(url, { headers: AUTH })).json();
      return isDone(body);
    }, { timeout: 90_000, intervals: [200] })
    .toBe(true);
  return body;
}

test('refuses the training API without the bearer token, and keeps the registry public', async ({ request }) => {
  const noToken = await request.post('/api/train/jobs', { data: {} });
  expect(noToken.status()).toBe(401);
  expect((await noToken.json()).error.code).toBe('unauthorized');
  const wrong = await request.get('/api/mlops/pipelines/00000000-0000-4000-8000-000000000000', { headers: { Authorization: 'Bearer nope-nope-nope' } });
  expect(wrong.status()).toBe(401);
  const registry = await request.get('/api/models/registry');
  expect(registry.status()).toBe(200);
  expect(Array.isArray((await registry.json()).models)).toBe(true);
});

test('runs a training job to done with metrics, and cancels another', async ({ request }) => {
  const invalid = await request.post('/api/train/jobs', { headers: AUTH, data: { task: 'x', examples: [], model: { kind: 'logistic' } } });
  expect(invalid.status()).toBe(400);

  const created = await request.post('/api/train/jobs', {
    headers: AUTH,
    data: { task: 'e2e-job', examples: examples(60, true, 1), model: { kind: 'logistic', maxIterations: 60 }, search: { method: 'grid', budget: 4 }, folds: 3 },
  });
  expect(created.status()).toBe(202);
  const { id, status } = await created.json();
  expect(status).toBe('queued');
  const done = await settle(request, `/api/train/jobs/${id}`, (job) => job.status === 'done' || job.status === 'failed');
  expect(done).toMatchObject({ status: 'done', progress: 1 });
  expect(done.metrics.macroF1).toBeGreaterThan(0.9);
  expect(done.trials).toHaveLength(4);
  const head = await (await request.get(done.headUrl, { headers: AUTH })).json();
  expect(head).toMatchObject({ format: 1, head: 'e2e-job', labels: LABELS, dims: 512 });

  const slow = await request.post('/api/train/jobs', {
    headers: AUTH,
    data: { task: 'e2e-slow', examples: examples(300, true, 2), model: { kind: 'mlp', maxIterations: 300 }, search: { method: 'random', budget: 50 } },
  });
  const slowId = (await slow.json()).id;
  const cancelled = await request.post(`/api/train/jobs/${slowId}/cancel`, { headers: AUTH });
  expect((await cancelled.json()).status).toBe('cancelled');
  expect((await (await request.get(`/api/train/jobs/${slowId}`, { headers: AUTH })).json()).status).toBe('cancelled');
});

test('deploys a pipeline run only when its metric meets the threshold, and the registry shows it', async ({ request }) => {
  const model = `e2e-model-${Date.now()}`;
  const runOnce = async (pipelineId: string) => {
    const triggered = await request.post(`/api/mlops/pipelines/${pipelineId}/trigger`, { headers: AUTH });
    expect(triggered.status()).toBe(202);
    return (await settle(request, `/api/mlops/pipelines/${pipelineId}`, (body) => ['done', 'failed'].includes(body.latestRun?.status))).latestRun;
  };

  const unreachable = await request.post('/api/mlops/pipelines', {
    headers: AUTH,
    data: { name: 'noise', model: { name: model, kind: 'logistic', maxIterations: 60 }, dataset: { examples: examples(45, false, 3) }, targetMetric: 'macroF1', threshold: 0.95, autoDeploy: true, schedule: 'weekly', folds: 3 },
  });
  expect(unreachable.status()).toBe(201);
  const noisy = await unreachable.json();
  expect(await runOnce(noisy.id)).toMatchObject({ status: 'done', meetsThreshold: false, deployed: false, version: 1 });

  const reachable = await request.post('/api/mlops/pipelines', {
    headers: AUTH,
    data: { name: 'clean', model: { name: model, kind: 'logistic', maxIterations: 60 }, dataset: { examples: examples(45, true, 4) }, targetMetric: 'accuracy', threshold: 0.9, autoDeploy: true, schedule: '30 2 * * *', folds: 3 },
  });
  const clean = await reachable.json();
  expect(await runOnce(clean.id)).toMatchObject({ status: 'done', meetsThreshold: true, deployed: true, version: 2 });

  const lowered = await request.put(`/api/mlops/pipelines/${noisy.id}/threshold`, { headers: AUTH, data: { threshold: 0 } });
  expect((await lowered.json()).threshold).toBe(0);
  const metrics = await (await request.get(`/api/mlops/pipelines/${noisy.id}/metrics?limit=5`, { headers: AUTH })).json();
  expect(metrics.history).toHaveLength(1);
  expect(metrics.history[0]).toMatchObject({ meetsThreshold: true, trendPercent: null, deployed: false });

  const { models } = await (await request.get('/api/models/registry')).json();
  const entry = models.find((m: { name: string }) => m.name === model);
  expect(entry.versions.map((v: { version: number; deployed: boolean }) => [v.version, v.deployed])).toEqual([[2, true], [1, false]]);
  const weights = await request.get(entry.versions[0].weightsUrl);
  expect(weights.status()).toBe(200);
  expect(await weights.json()).toMatchObject({ format: 1, head: model, labels: LABELS, kind: 'softmax' });
});

test('a browser picks up a newly deployed version of a shipped head from the registry', async ({ request, page }) => {
  const created = await request.post('/api/mlops/pipelines', {
    headers: AUTH,
    data: { name: 'sentiment-retrain', model: { name: 'sentiment', kind: 'logistic', maxIterations: 60 }, dataset: { examples: examples(45, true, 5) }, targetMetric: 'accuracy', threshold: 0.5, autoDeploy: true, folds: 3, labels: LABELS },
  });
  expect(created.status()).toBe(201);
  const pipeline = await created.json();
  expect((await request.post(`/api/mlops/pipelines/${pipeline.id}/trigger`, { headers: AUTH })).status()).toBe(202);
  const { latestRun } = await settle(request, `/api/mlops/pipelines/${pipeline.id}`, (body) => ['done', 'failed'].includes(body.latestRun?.status));
  expect(latestRun).toMatchObject({ status: 'done', deployed: true });

  await page.goto('/models');
  const held = page.locator('[data-testid="registry-head"][data-head="sentiment"]');
  await expect(held).toHaveAttribute('data-version', String(latestRun.version), { timeout: 30_000 });
});
