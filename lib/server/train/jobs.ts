/** Training jobs as the routes see them: submit (stored, then queued), read the state, cancel. */
import { randomUUID } from 'node:crypto';
import type { TrainConfig } from '../config';
import { getDb } from '../db';
import { ApiError } from '../http';
import { settlePipelineRun } from '../mlops/settle';
import { getTrainQueue } from '../queue';
import { saveDataset } from './dataset';
import type { JobMetrics, JobTrial } from './protocol';
import type { JobRequest } from './schema';
import { artifactOfJob, insertJob, isSettled, readJob, type JobStatus } from './store';

export interface JobState {
  id: string;
  task: string;
  status: JobStatus;
  progress: number;
  createdAt: string;
  startedAt?: string;
  finishedAt?: string;
  metrics?: JobMetrics;
  trials?: JobTrial[];
  error?: string;
  /** The trained head (layers JSON in the shipped heads' format), once done. */
  headUrl?: string;
}

const iso = (ms: number | null) => (ms === null ? undefined : new Date(ms).toISOString());

/** Stores the examples and the job together, then queues it. */
export async function submitJob(config: TrainConfig, request: JobRequest): Promise<{ id: string; status: 'queued' }> {
  const { task, examples, ...spec } = request;
  const id = randomUUID();
  getDb().transaction(() => insertJob({ id, task, spec, datasetId: saveDataset(examples).id }))();
  await (await getTrainQueue(config)).enqueue(id);
  return { id, status: 'queued' };
}

export function jobState(id: string): JobState | null {
  const job = readJob(id);
  if (!job) return null;
  return {
    id: job.id,
    task: job.task,
    status: job.status,
    progress: job.progress,
    createdAt: iso(job.createdAt)!,
    startedAt: iso(job.startedAt),
    finishedAt: iso(job.finishedAt),
    ...(job.metrics ? { metrics: job.metrics } : {}),
    ...(job.trials ? { trials: job.trials } : {}),
    ...(job.error ? { error: job.error } : {}),
    ...(job.status === 'done' ? { headUrl: `/api/train/jobs/${job.id}/head` } : {}),
  };
}

/** Cancels a queued or running job; 409 once it has settled. */
export async function cancelJob(config: TrainConfig, id: string): Promise<JobState> {
  const job = readJob(id);
  if (!job) throw new ApiError(404, 'not_found', 'No training job has this id.');
  if (isSettled(job.status)) throw new ApiError(409, 'already_settled', `The job is already ${job.status}.`);
  const now = Date.now();
  getDb()
    .prepare(`UPDATE train_jobs SET status = 'cancelled', error = 'Cancelled on request.', finished_at = ?, updated_at = ? WHERE id = ? AND status IN ('queued', 'running')`)
    .run(now, now, id);
  await (await getTrainQueue(config)).cancel(id);
  if (job.pipelineRunId) settlePipelineRun(job.pipelineRunId);
  return jobState(id)!;
}

export function jobHead(id: string): string | null {
  return artifactOfJob(id)?.head ?? null;
}
