/** The one interface the routes use to get training jobs run, whatever carries them. */
import type { TrainQueueKind } from '../config';

export interface TrainQueue {
  readonly kind: TrainQueueKind;
  /** Names this queue's worker in the job record, e.g. "embedded:host:pid". */
  readonly runner: string;
  /** Hands a stored, queued job to the workers. */
  enqueue(id: string): Promise<void>;
  /** Drops a waiting job (its row is already marked cancelled; a running one stops by itself). */
  cancel(id: string): Promise<void>;
  /** Resolves once no job is waiting or running in this process (tests, the bench). */
  idle(): Promise<void>;
  /** Stops taking jobs and waits for the running ones. */
  close(): Promise<void>;
}

export interface QueueOptions {
  concurrency: number;
  jobTimeoutMs: number;
}
