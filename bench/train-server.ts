/**
 * Server training throughput: jobs per minute with the embedded queue (1 and 2 concurrent worker
 * threads) and with BullMQ on a throwaway redis-server (2 workers, as two server instances would
 * run them). Each job: 200 labelled 512-d vectors, logistic regression, a 4-trial random search
 * with 3-fold CV — the worker-thread start, SQLite writes and queue hops are part of what it measures.
 * Run alone: npx tsx bench/train-server.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Rng } from '../lib/demo/prng';
import type { TrainConfig } from '../lib/server/config';
import { closeDb, getDb } from '../lib/server/db';
import { closeTrainQueue, getTrainQueue } from '../lib/server/queue';
import { BullMqQueue } from '../lib/server/queue/bullmq';
import { redisServerAvailable, startLocalRedis } from '../lib/server/queue/local-redis';
import { submitJob } from '../lib/server/train/jobs';
import { jobRequestSchema, type JobRequest } from '../lib/server/train/schema';

const JOBS = 12;
const EXAMPLES = 200;

function benchJob(seed: number): JobRequest {
  const rng = new Rng(seed);
  const labels = ['work', 'learning', 'creative', 'health'];
  const centres = labels.map(() => Array.from({ length: 512 }, () => rng.next() * 2 - 1));
  const examples = Array.from({ length: EXAMPLES }, (_, i) => ({ vector: centres[i % 4]!.map((c) => c + (rng.next() * 2 - 1) * 1.5), label: labels[i % 4]! }));
  return jobRequestSchema.parse({ task: 'bench', examples, model: { kind: 'logistic', maxIterations: 100 }, search: { method: 'random', budget: 4 }, folds: 3, seed });
}

interface Measurement {
  jobsPerMinute: number;
  meanJobMs: number;
  runners: number;
}

async function measure(config: TrainConfig, extraWorkers: () => Promise<{ close(): Promise<void> }[]>): Promise<Measurement> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'aiw-bench-train-'));
  const previous = process.env.AIW_DATA_DIR;
  process.env.AIW_DATA_DIR = dataDir;
  try {
    const queue = await getTrainQueue(config);
    const others = await extraWorkers();
    const requests = Array.from({ length: JOBS }, (_, i) => benchJob(i + 1));
    const started = performance.now();
    for (const request of requests) await submitJob(config, request);
    await queue.idle();
    const elapsed = performance.now() - started;
    const rows = getDb().prepare(`SELECT status, runner, finished_at - started_at AS ms FROM train_jobs`).all() as { status: string; runner: string; ms: number }[];
    const failed = rows.filter((row) => row.status !== 'done');
    if (failed.length) throw new Error(`${failed.length} bench jobs did not finish`);
    await Promise.all(others.map((worker) => worker.close()));
    return { jobsPerMinute: (JOBS / elapsed) * 60_000, meanJobMs: rows.reduce((sum, row) => sum + row.ms, 0) / rows.length, runners: new Set(rows.map((row) => row.runner)).size };
  } finally {
    await closeTrainQueue();
    closeDb();
    process.env.AIW_DATA_DIR = previous;
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function benchTrainServer(): Promise<{ rows: { name: string; value: string }[]; json: object }> {
  const base = { token: 'bench-token-unused', jobTimeoutMs: 600_000 } as const;
  const results: Record<string, Measurement | string> = {};
  results['embedded, 1 worker thread'] = await measure({ ...base, queue: 'embedded', concurrency: 1 }, async () => []);
  results['embedded, 2 worker threads'] = await measure({ ...base, queue: 'embedded', concurrency: 2 }, async () => []);
  if (redisServerAvailable()) {
    const redis = await startLocalRedis();
    try {
      const options = { concurrency: 1, jobTimeoutMs: base.jobTimeoutMs };
      results['bullmq, 2 workers (2 instances)'] = await measure({ ...base, queue: 'bullmq', redisUrl: redis.url, concurrency: 1 }, async () => [await new BullMqQueue(redis.url, options).start()]);
    } finally {
      await redis.stop();
    }
  } else {
    results['bullmq, 2 workers (2 instances)'] = 'skipped: /usr/bin/redis-server is missing';
  }
  const rows = Object.entries(results).map(([name, result]) => ({
    name: `train jobs/min, ${name}`,
    value: typeof result === 'string' ? result : `${result.jobsPerMinute.toFixed(1)} (mean job ${Math.round(result.meanJobMs)} ms, ${result.runners} runner${result.runners === 1 ? '' : 's'})`,
  }));
  return { rows, json: { jobs: JOBS, examplesPerJob: EXAMPLES, job: 'logistic, random search 4 trials, 3-fold CV', results } };
}
