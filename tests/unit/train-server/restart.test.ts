import { describe, expect, it } from 'vitest';
import { GET as getPipeline } from '@/app/api/mlops/pipelines/[id]/route';
import { POST as trigger } from '@/app/api/mlops/pipelines/[id]/trigger/route';
import { POST as create } from '@/app/api/mlops/pipelines/route';
import { GET as getRegistry } from '@/app/api/models/registry/route';
import { GET as getJob } from '@/app/api/train/jobs/[id]/route';
import { POST as submit } from '@/app/api/train/jobs/route';
import { closeDb, getDb } from '@/lib/server/db';
import { trainConfig } from '@/lib/server/config';
import { closeTrainQueue, getTrainQueue } from '@/lib/server/queue';
import { authed, BASE, freshClient, params, useIsolatedServer, useTrainEnv, vectorExamples, waitFor } from './helpers';

const EXAMPLES = vectorExamples(30, ['a', 'b'], 0.1);
const readJob = async (id: string) => (await getJob(authed(`/api/train/jobs/${id}`), params({ id }))).json();

describe('restart persistence', () => {
  useIsolatedServer();
  useTrainEnv();

  it('keeps jobs, pipelines, runs and the registry across a closed and reopened database and queue', async () => {
    const job = await (await submit(authed('/api/train/jobs', { body: { task: 'keep', examples: EXAMPLES, model: { kind: 'mlp', hidden: 8, maxIterations: 20 }, folds: 2 } }))).json();
    const pipeline = await (
      await create(authed('/api/mlops/pipelines', { body: { name: 'keep', model: { name: 'keeper', kind: 'logistic' }, dataset: { jobId: job.id }, targetMetric: 'accuracy', threshold: 0.5, autoDeploy: true, folds: 2 } }))
    ).json();
    await trigger(authed(`/api/mlops/pipelines/${pipeline.id}/trigger`, { body: {} }), params({ id: pipeline.id }));
    await (await getTrainQueue(trainConfig()!)).idle();
    const before = { job: await readJob(job.id), pipeline: await (await getPipeline(authed(`/api/mlops/pipelines/${pipeline.id}`), params({ id: pipeline.id }))).json() };
    expect(before.job.status).toBe('done');
    expect(before.pipeline.latestRun).toMatchObject({ status: 'done', deployed: true, version: 1 });

    await closeTrainQueue();
    closeDb();

    expect(await readJob(job.id)).toEqual(before.job);
    expect(await (await getPipeline(authed(`/api/mlops/pipelines/${pipeline.id}`), params({ id: pipeline.id }))).json()).toEqual(before.pipeline);
    const { models } = await (await getRegistry(new Request(`${BASE}/api/models/registry`, { headers: { 'X-Forwarded-For': freshClient() } }))).json();
    expect(models).toEqual([{ name: 'keeper', versions: [expect.objectContaining({ version: 1, deployed: true })] }]);
  });

  it('on start, runs queued jobs, re-queues a job a crash left running, and fails one interrupted twice', async () => {
    const ids: string[] = [];
    for (const task of ['queued', 'crashed', 'crashed-twice']) {
      ids.push((await (await submit(authed('/api/train/jobs', { body: { task, examples: EXAMPLES, model: { kind: 'logistic', maxIterations: 30 }, folds: 2 } }))).json()).id);
    }
    // Simulate a process that died: its queue is gone, rows stay as they were mid-run.
    await closeTrainQueue();
    const db = getDb();
    db.prepare(`DELETE FROM artifacts`).run();
    db.prepare(`UPDATE train_jobs SET status = 'queued', progress = 0, metrics = NULL, trials = NULL, attempts = 0, finished_at = NULL WHERE id = ?`).run(ids[0]);
    db.prepare(`UPDATE train_jobs SET status = 'running', progress = 0.4, metrics = NULL, trials = NULL, attempts = 1, finished_at = NULL WHERE id = ?`).run(ids[1]);
    db.prepare(`UPDATE train_jobs SET status = 'running', progress = 0.4, metrics = NULL, trials = NULL, attempts = 2, finished_at = NULL WHERE id = ?`).run(ids[2]);
    closeDb();

    await getTrainQueue(trainConfig()!);
    const states = await waitFor(() => Promise.all(ids.map(readJob)), (all) => all.every((state) => ['done', 'failed'].includes(state.status)));
    expect(states.map((state) => state.status)).toEqual(['done', 'done', 'failed']);
    expect(states[1].metrics.accuracy).toBeGreaterThan(0.9);
    expect(states[2].error).toBe('The job was interrupted by 2 server restarts; submit it again.');
  });
});
