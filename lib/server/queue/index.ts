/**
 * The process's training queue, started once and cached (on globalThis, so dev hot reloads and
 * the instrumentation hook share it): embedded by default, BullMQ with QUEUE=bullmq.
 */
import { trainConfig, type TrainConfig } from '../config';
import { databaseFile } from '../db';
import { BullMqQueue } from './bullmq';
import { EmbeddedQueue } from './embedded';
import type { TrainQueue } from './types';

export type { TrainQueue } from './types';

interface CachedQueue {
  key: string;
  queue: Promise<TrainQueue>;
}

const store = globalThis as typeof globalThis & { __aiwTrainQueue?: CachedQueue };

function createTrainQueue(config: TrainConfig): Promise<TrainQueue> {
  const options = { concurrency: config.concurrency, jobTimeoutMs: config.jobTimeoutMs };
  if (config.queue === 'bullmq') return new BullMqQueue(config.redisUrl!, options).start();
  return Promise.resolve(new EmbeddedQueue(options).start());
}

/** The started queue for the current configuration; a changed one (tests) closes the old queue first. */
export async function getTrainQueue(config: TrainConfig): Promise<TrainQueue> {
  const key = JSON.stringify([config.queue, config.redisUrl, config.concurrency, config.jobTimeoutMs, databaseFile()]);
  if (store.__aiwTrainQueue?.key === key) return store.__aiwTrainQueue.queue;
  await closeTrainQueue();
  const queue = createTrainQueue(config);
  store.__aiwTrainQueue = { key, queue };
  queue.catch(() => {
    if (store.__aiwTrainQueue?.queue === queue) store.__aiwTrainQueue = undefined;
  });
  return queue;
}

/** Waits for this process's running jobs, then forgets the queue; the next getTrainQueue() starts a new one. */
export async function closeTrainQueue(): Promise<void> {
  const cached = store.__aiwTrainQueue;
  store.__aiwTrainQueue = undefined;
  if (cached) await (await cached.queue.catch(() => null))?.close();
}
