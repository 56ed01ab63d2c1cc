/**
 * The scale-out queue (QUEUE=bullmq): jobs go through Redis, so every server instance pointed at
 * the same REDIS_URL (and data dir) shares the work; BullMQ hands each job to one worker and
 * redelivers it if that instance dies mid-job. Records, progress and results stay in SQLite.
 */
import { Queue, Worker, type ConnectionOptions } from 'bullmq';
import { executeJob } from '../train/execute';
import { queuedJobIds } from '../train/store';
import { runnerId } from './runner-id';
import type { QueueOptions, TrainQueue } from './types';

export const BULLMQ_QUEUE_NAME = 'aiw-train';
const KEEP_FINISHED = { count: 1_000 };
const IDLE_POLL_MS = 100;

export function redisConnection(url: string): ConnectionOptions {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : 6379,
    username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0,
    ...(parsed.protocol === 'rediss:' ? { tls: {} } : {}),
    // BullMQ workers block on Redis; they must retry forever rather than fail a command.
    maxRetriesPerRequest: null,
  };
}

export class BullMqQueue implements TrainQueue {
  readonly kind = 'bullmq';
  readonly runner = runnerId('bullmq');
  private readonly queue: Queue;
  private readonly worker: Worker;

  constructor(redisUrl: string, options: QueueOptions, queueName = BULLMQ_QUEUE_NAME) {
    const connection = redisConnection(redisUrl);
    this.queue = new Queue(queueName, { connection });
    this.worker = new Worker(queueName, (job) => executeJob(String(job.data.id), { timeoutMs: options.jobTimeoutMs, runner: this.runner }), {
      connection,
      concurrency: options.concurrency,
      autorun: false,
    });
    this.worker.on('error', (error) => console.error('[train] BullMQ worker error', error.message));
  }

  /** Re-adds queued records (idempotent: the job id is the record's id), then starts working. */
  async start(): Promise<this> {
    for (const id of queuedJobIds()) await this.enqueue(id);
    void this.worker.run();
    await this.worker.waitUntilReady();
    return this;
  }

  async enqueue(id: string): Promise<void> {
    await this.queue.add('train', { id }, { jobId: id, removeOnComplete: KEEP_FINISHED, removeOnFail: KEEP_FINISHED });
  }

  async cancel(id: string): Promise<void> {
    const job = await this.queue.getJob(id);
    // A job another worker holds is locked and cannot be removed; it sees the cancel in SQLite.
    if (job && (await job.isWaiting())) await job.remove().catch(() => undefined);
  }

  async idle(): Promise<void> {
    for (;;) {
      const counts = await this.queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
      if (Object.values(counts).every((count) => count === 0)) return;
      await new Promise((resolve) => setTimeout(resolve, IDLE_POLL_MS));
    }
  }

  async close(): Promise<void> {
    await this.worker.close();
    await this.queue.close();
  }
}
