import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { POST as cancel } from '@/app/api/train/jobs/[id]/cancel/route';
import { GET as getJob } from '@/app/api/train/jobs/[id]/route';
import { POST as submit } from '@/app/api/train/jobs/route';
import { trainConfig } from '@/lib/server/config';
import { getDb } from '@/lib/server/db';
import { getTrainQueue } from '@/lib/server/queue';
import { BullMqQueue } from '@/lib/server/queue/bullmq';
import { redisServerAvailable, REDIS_SERVER_BIN, startLocalRedis, type LocalRedis } from '@/lib/server/queue/local-redis';
import { authed, params, useIsolatedServer, useTrainEnv, vectorExamples, waitFor } from './helpers';

const readJob = async (id: string) => (await getJob(authed(`/api/train/jobs/${id}`), params({ id }))).json();
const JOB = { task: 'shared', examples: vectorExamples(60, ['a', 'b'], 0.2), model: { kind: 'logistic', maxIterations: 40 }, search: { method: 'random', budget: 3 }, folds: 3 };

if (!redisServerAvailable()) console.warn(`[bullmq test] skipped: ${REDIS_SERVER_BIN} is missing (apt-get install redis-server).`);

describe.skipIf(!redisServerAvailable())('QUEUE=bullmq against a real redis-server', () => {
  let redis: LocalRedis;
  beforeAll(async () => {
    redis = await startLocalRedis();
  });
  afterAll(async () => {
    await redis?.stop();
  });
  useIsolatedServer();
  useTrainEnv({ QUEUE: 'bullmq' });

  it('spreads jobs over two workers (two server instances sharing Redis and the data dir)', async () => {
    vi.stubEnv('REDIS_URL', redis.url);
    const first = await getTrainQueue(trainConfig()!);
    expect(first.kind).toBe('bullmq');
    const second = await new BullMqQueue(redis.url, { concurrency: 1, jobTimeoutMs: 60_000 }).start();
    try {
      const ids: string[] = [];
      for (let i = 0; i < 6; i++) ids.push((await (await submit(authed('/api/train/jobs', { body: JOB }))).json()).id);
      const states = await waitFor(() => Promise.all(ids.map(readJob)), (all) => all.every((state) => state.status === 'done' || state.status === 'failed'));
      expect(states.map((state) => state.status)).toEqual(Array(6).fill('done'));
      const runners = getDb().prepare('SELECT runner, COUNT(*) AS jobs FROM train_jobs GROUP BY runner').all() as { runner: string; jobs: number }[];
      expect(runners.map((row) => row.runner).sort()).toEqual([first.runner, second.runner].sort());
      expect(runners.every((row) => row.jobs >= 1)).toBe(true);
    } finally {
      await second.close();
    }
  });

  it('cancels a job a worker is running, and one still waiting in Redis', async () => {
    vi.stubEnv('REDIS_URL', redis.url);
    const slow = { ...JOB, examples: vectorExamples(400, ['a', 'b', 'c'], 1), model: { kind: 'mlp', maxIterations: 300 }, search: { method: 'random', budget: 40 } };
    const running = (await (await submit(authed('/api/train/jobs', { body: slow }))).json()).id;
    const waiting = (await (await submit(authed('/api/train/jobs', { body: JOB }))).json()).id;
    await waitFor(() => readJob(running), (state) => state.status === 'running');
    for (const id of [waiting, running]) {
      const response = await cancel(authed(`/api/train/jobs/${id}/cancel`, { body: {} }), params({ id }));
      expect((await response.json()).status).toBe('cancelled');
    }
    const started = Date.now();
    await (await getTrainQueue(trainConfig()!)).idle();
    expect(Date.now() - started).toBeLessThan(5_000);
    expect((await readJob(running)).status).toBe('cancelled');
    expect((await readJob(waiting)).status).toBe('cancelled');
  });
});
