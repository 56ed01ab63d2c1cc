/**
 * The default queue: in-process, with SQLite as the record. At start it re-queues jobs a stopped
 * process left 'running' (failing them after a second interruption) and picks up every queued
 * job, so a restart loses nothing; then it runs up to `concurrency` jobs at a time, oldest first.
 */
import { executeJob } from '../train/execute';
import { queuedJobIds, recoverInterruptedJobs } from '../train/store';
import { runnerId } from './runner-id';
import type { QueueOptions, TrainQueue } from './types';

/** Runs a job gets before a restart that interrupts it fails it instead of re-queueing it. */
export const MAX_ATTEMPTS = 2;

export class EmbeddedQueue implements TrainQueue {
  readonly kind = 'embedded';
  readonly runner = runnerId('embedded');
  private readonly waiting: string[] = [];
  private readonly running = new Map<string, Promise<void>>();
  private idleWaiters: (() => void)[] = [];
  private closed = false;

  constructor(private readonly options: QueueOptions) {}

  start(): this {
    recoverInterruptedJobs(MAX_ATTEMPTS);
    this.waiting.push(...queuedJobIds());
    this.drain();
    return this;
  }

  async enqueue(id: string): Promise<void> {
    if (this.closed) throw new Error('The training queue is closed.');
    if (!this.waiting.includes(id) && !this.running.has(id)) this.waiting.push(id);
    this.drain();
  }

  async cancel(id: string): Promise<void> {
    const index = this.waiting.indexOf(id);
    if (index >= 0) this.waiting.splice(index, 1);
    this.notifyIfIdle();
  }

  idle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  async close(): Promise<void> {
    this.closed = true;
    this.waiting.length = 0;
    await Promise.all(this.running.values());
  }

  private isIdle() {
    return this.waiting.length === 0 && this.running.size === 0;
  }

  private notifyIfIdle() {
    if (!this.isIdle()) return;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  private drain() {
    while (!this.closed && this.running.size < this.options.concurrency && this.waiting.length > 0) {
      const id = this.waiting.shift()!;
      const run = executeJob(id, { timeoutMs: this.options.jobTimeoutMs, runner: this.runner })
        .catch((error) => console.error('[train] job crashed', id, error))
        .finally(() => {
          this.running.delete(id);
          this.drain();
          this.notifyIfIdle();
        });
      this.running.set(id, run);
    }
    this.notifyIfIdle();
  }
}
