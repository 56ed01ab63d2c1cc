import { describe, expect, it } from 'vitest';
import { GET as getMetrics } from '@/app/api/mlops/pipelines/[id]/metrics/route';
import { GET as getPipeline } from '@/app/api/mlops/pipelines/[id]/route';
import { PUT as putThreshold } from '@/app/api/mlops/pipelines/[id]/threshold/route';
import { POST as trigger } from '@/app/api/mlops/pipelines/[id]/trigger/route';
import { POST as create } from '@/app/api/mlops/pipelines/route';
import { GET as getWeights } from '@/app/api/models/registry/[name]/[version]/weights/route';
import { GET as getRegistry } from '@/app/api/models/registry/route';
import { POST as submitJob } from '@/app/api/train/jobs/route';
import { parseHead } from '@/lib/ml/heads/format';
import { getDb } from '@/lib/server/db';
import { nextScheduledRuns, runDuePipeline, startPipelineScheduler } from '@/lib/server/mlops/scheduler';
import { authed, BASE, freshClient, params, useIsolatedServer, useTrainEnv, vectorExamples, waitFor } from './helpers';

const SENTIMENT = ['negative', 'neutral', 'positive'];
const EASY = vectorExamples(45, SENTIMENT, 0.05);
/** One cloud with labels dealt round-robin: nothing to learn, so macro-F1 stays near chance. */
const HARD = vectorExamples(45, ['x'], 1, 11).map((example, i) => ({ ...example, label: SENTIMENT[i % 3]! }));

async function createPipeline(body: Record<string, unknown>) {
  const response = await create(authed('/api/mlops/pipelines', { body: { name: 'p', model: { name: 'sentiment', kind: 'logistic', maxIterations: 60 }, folds: 3, targetMetric: 'macroF1', autoDeploy: true, ...body } }));
  return { status: response.status, body: await response.json() };
}

const readPipeline = async (id: string) => (await getPipeline(authed(`/api/mlops/pipelines/${id}`), params({ id }))).json();

async function runToEnd(id: string) {
  const response = await trigger(authed(`/api/mlops/pipelines/${id}/trigger`, { body: {} }), params({ id }));
  expect(response.status).toBe(202);
  const run = await response.json();
  expect(run.trigger).toBe('manual');
  expect(['queued', 'running']).toContain(run.status);
  return (await waitFor(() => readPipeline(id), (state) => ['done', 'failed', 'cancelled'].includes(state.latestRun?.status))).latestRun;
}

const registry = async () => (await getRegistry(new Request(`${BASE}/api/models/registry`, { headers: { 'X-Forwarded-For': freshClient() } }))).json();

describe('/api/mlops/pipelines and /api/models/registry', () => {
  useIsolatedServer();
  useTrainEnv();

  it('does not deploy when the metric misses the threshold, deploys when it meets it, and versions the registry', async () => {
    const hard = await createPipeline({ dataset: { examples: HARD }, threshold: 0.95, schedule: 'daily' });
    expect(hard.status).toBe(201);
    expect(hard.body).toMatchObject({ name: 'p', model: { name: 'sentiment', kind: 'logistic' }, targetMetric: 'macroF1', threshold: 0.95, autoDeploy: true, schedule: 'daily' });
    const missed = await runToEnd(hard.body.id);
    expect(missed).toMatchObject({ status: 'done', meetsThreshold: false, deployed: false, version: 1, threshold: 0.95 });
    expect(missed.value).toBeLessThan(0.95);

    const easy = await createPipeline({ dataset: { examples: EASY }, threshold: 0.9 });
    const met = await runToEnd(easy.body.id);
    expect(met).toMatchObject({ status: 'done', meetsThreshold: true, deployed: true, version: 2 });
    expect(met.value).toBeGreaterThanOrEqual(0.9);
    const again = await runToEnd(easy.body.id);
    expect(again).toMatchObject({ deployed: true, version: 3 });

    const { models } = await registry();
    expect(models).toHaveLength(1);
    expect(models[0].name).toBe('sentiment');
    expect(models[0].versions.map((v: { version: number; deployed: boolean }) => [v.version, v.deployed])).toEqual([[3, true], [2, false], [1, false]]);
    expect(models[0].versions[0]).toMatchObject({
      dataset: { examples: 45, labels: SENTIMENT },
      encoderId: 'use-lite',
      weightsUrl: '/api/models/registry/sentiment/3/weights',
      metrics: { macroF1: expect.any(Number), accuracy: expect.any(Number), ece: expect.any(Number) },
    });

    // The deployed head loads in the browser's head loader like the shipped sentiment head.
    const weights = await getWeights(new Request(`${BASE}${models[0].versions[0].weightsUrl}`), params({ name: 'sentiment', version: '3' }));
    expect(weights.status).toBe(200);
    const head = parseHead(await weights.json());
    expect(head).toMatchObject({ head: 'sentiment', labels: SENTIMENT, kind: 'softmax', dims: 512 });
    const unknown = await getWeights(new Request(`${BASE}/x`), params({ name: 'sentiment', version: '9' }));
    expect(unknown.status).toBe(404);
  });

  it('keeps a metric history with trend % and meetsThreshold against the current threshold, and lets the gate change', async () => {
    const { body: pipeline } = await createPipeline({ dataset: { examples: EASY }, threshold: 0.5, autoDeploy: false });
    const first = await runToEnd(pipeline.id);
    expect(first).toMatchObject({ meetsThreshold: true, deployed: false });
    await runToEnd(pipeline.id);
    // A third run with a known value, to check the trend arithmetic against a hand computation.
    const value = first.value * 0.9;
    getDb()
      .prepare(`INSERT INTO pipeline_runs (id, pipeline_id, job_id, trigger, status, target_metric, threshold, value, meets_threshold, deployed, created_at, finished_at) VALUES ('synthetic', ?, ?, 'manual', 'done', 'macroF1', 0.5, ?, 1, 0, ?, ?)`)
      .run(pipeline.id, first.jobId, value, Date.now() + 1000, Date.now() + 1000);

    const put = await putThreshold(authed(`/api/mlops/pipelines/${pipeline.id}/threshold`, { method: 'PUT', body: { threshold: 0.99 } }), params({ id: pipeline.id }));
    expect(await put.json()).toMatchObject({ threshold: 0.99, targetMetric: 'macroF1', autoDeploy: false });
    const badPut = await putThreshold(authed(`/api/mlops/pipelines/${pipeline.id}/threshold`, { method: 'PUT', body: { threshold: 2 } }), params({ id: pipeline.id }));
    expect(badPut.status).toBe(400);

    const response = await getMetrics(authed(`/api/mlops/pipelines/${pipeline.id}/metrics?limit=3`), params({ id: pipeline.id }));
    const metrics = await response.json();
    expect(metrics).toMatchObject({ targetMetric: 'macroF1', threshold: 0.99 });
    expect(metrics.history).toHaveLength(3);
    const [latest, second, oldest] = metrics.history;
    expect(latest).toMatchObject({ runId: 'synthetic', trendPercent: -10, meetsThreshold: value >= 0.99 });
    expect(second.trendPercent).toBe(0);
    expect(oldest.trendPercent).toBeNull();
    const limited = await (await getMetrics(authed(`/api/mlops/pipelines/${pipeline.id}/metrics?limit=1`), params({ id: pipeline.id }))).json();
    expect(limited.history).toHaveLength(1);
    expect(limited.history[0].trendPercent).toBe(-10);
    const badLimit = await getMetrics(authed(`/api/mlops/pipelines/${pipeline.id}/metrics?limit=0`), params({ id: pipeline.id }));
    expect(badLimit.status).toBe(400);
  });

  it('trains on an earlier job\'s dataset, refuses a second run while one is in flight, and validates schedules', async () => {
    const job = await (await submitJob(authed('/api/train/jobs', { body: { task: 'seed', examples: EASY, model: { kind: 'logistic' }, folds: 3 } }))).json();
    const { status, body } = await createPipeline({ dataset: { jobId: job.id }, threshold: 0.5, schedule: '*/15 * * * *' });
    expect(status).toBe(201);
    expect(body.schedule).toBe('*/15 * * * *');
    const first = await trigger(authed(`/api/mlops/pipelines/${body.id}/trigger`, { body: {} }), params({ id: body.id }));
    expect(first.status).toBe(202);
    const second = await trigger(authed(`/api/mlops/pipelines/${body.id}/trigger`, { body: {} }), params({ id: body.id }));
    expect(second.status).toBe(409);
    expect((await second.json()).error.code).toBe('run_in_progress');

    for (const schedule of ['every minute', '* * * * * *', '61 * * * *']) {
      const bad = await createPipeline({ dataset: { examples: EASY }, threshold: 0.5, schedule });
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toContain('schedule');
    }
    const unknownJob = await createPipeline({ dataset: { jobId: '00000000-0000-4000-8000-000000000000' }, threshold: 0.5 });
    expect(unknownJob.body.error.message).toContain('dataset.jobId');
  });

  it('schedules pipelines with croner and triggers a due one once per slot', async () => {
    const { body: hourly } = await createPipeline({ dataset: { examples: EASY }, threshold: 0.5, schedule: 'hourly' });
    const { body: manual } = await createPipeline({ dataset: { examples: EASY }, threshold: 0.5 });
    startPipelineScheduler();
    const next = nextScheduledRuns();
    expect(Object.keys(next)).toEqual([hourly.id]);
    expect(next[hourly.id]!.getMinutes()).toBe(0);
    expect(next[hourly.id]!.getTime() - Date.now()).toBeLessThanOrEqual(3_600_000);

    const slot = Date.now();
    expect(await runDuePipeline(hourly.id, slot)).toBe(true);
    expect(await runDuePipeline(hourly.id, slot)).toBe(false);
    expect((await readPipeline(hourly.id)).latestRun).toMatchObject({ trigger: 'schedule' });
    expect((await readPipeline(manual.id)).latestRun).toBeNull();
    await waitFor(() => readPipeline(hourly.id), (state) => state.latestRun.status === 'done');
  });
});
