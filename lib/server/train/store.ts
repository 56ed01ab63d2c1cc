/** Training jobs and their artifacts in SQLite: the record every queue reads and writes. */
import { getDb } from '../db';
import type { JobMetrics, JobTrial } from './protocol';
import { trainingSpecSchema, type TrainingSpec } from './schema';

export const JOB_STATUSES = ['queued', 'running', 'done', 'failed', 'cancelled'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];
export const isSettled = (status: JobStatus) => status === 'done' || status === 'failed' || status === 'cancelled';

export interface StoredJob {
  id: string;
  task: string;
  status: JobStatus;
  spec: TrainingSpec;
  datasetId: string;
  progress: number;
  attempts: number;
  metrics: JobMetrics | null;
  trials: JobTrial[] | null;
  error: string | null;
  pipelineRunId: string | null;
  /** The queue worker that last claimed it (several server instances may share the work). */
  runner: string | null;
  createdAt: number;
  startedAt: number | null;
  finishedAt: number | null;
}

interface JobRow {
  id: string;
  task: string;
  status: JobStatus;
  spec: string;
  dataset_id: string;
  progress: number;
  attempts: number;
  metrics: string | null;
  trials: string | null;
  error: string | null;
  pipeline_run_id: string | null;
  runner: string | null;
  created_at: number;
  started_at: number | null;
  finished_at: number | null;
}

const fromRow = (row: JobRow): StoredJob => ({
  id: row.id,
  task: row.task,
  status: row.status,
  spec: trainingSpecSchema.parse(JSON.parse(row.spec)),
  datasetId: row.dataset_id,
  progress: row.progress,
  attempts: row.attempts,
  metrics: row.metrics ? JSON.parse(row.metrics) : null,
  trials: row.trials ? JSON.parse(row.trials) : null,
  error: row.error,
  pipelineRunId: row.pipeline_run_id,
  runner: row.runner,
  createdAt: row.created_at,
  startedAt: row.started_at,
  finishedAt: row.finished_at,
});

export function insertJob(job: { id: string; task: string; spec: TrainingSpec; datasetId: string; pipelineRunId?: string }): void {
  const now = Date.now();
  getDb()
    .prepare(
      `INSERT INTO train_jobs (id, task, status, spec, dataset_id, pipeline_run_id, created_at, updated_at)
       VALUES (?, ?, 'queued', ?, ?, ?, ?, ?)`,
    )
    .run(job.id, job.task, JSON.stringify(job.spec), job.datasetId, job.pipelineRunId ?? null, now, now);
}

export function readJob(id: string): StoredJob | null {
  const row = getDb().prepare('SELECT * FROM train_jobs WHERE id = ?').get(id) as JobRow | undefined;
  return row ? fromRow(row) : null;
}

export function jobStatus(id: string): JobStatus | null {
  const row = getDb().prepare('SELECT status FROM train_jobs WHERE id = ?').get(id) as { status: JobStatus } | undefined;
  return row?.status ?? null;
}

/** Ids of queued jobs, oldest first. */
export function queuedJobIds(): string[] {
  return (getDb().prepare(`SELECT id FROM train_jobs WHERE status = 'queued' ORDER BY created_at, rowid`).all() as { id: string }[]).map((row) => row.id);
}

/**
 * Marks a job running; false when it is no longer runnable (cancelled or finished meanwhile).
 * A 'running' job may be claimed again: a queue redelivering a job whose runner died.
 */
export function claimJob(id: string, runner: string): boolean {
  const now = Date.now();
  const result = getDb()
    .prepare(
      `UPDATE train_jobs SET status = 'running', progress = 0, attempts = attempts + 1, runner = ?, started_at = ?, updated_at = ?
       WHERE id = ? AND status IN ('queued', 'running')`,
    )
    .run(runner, now, now, id);
  return result.changes === 1;
}

export function saveProgress(id: string, progress: number): void {
  getDb().prepare(`UPDATE train_jobs SET progress = ?, updated_at = ? WHERE id = ? AND status = 'running'`).run(progress, Date.now(), id);
}

/** Settles a job unless it is already settled (a cancel wins over a late result). True when this call settled it. */
export function finishJob(id: string, outcome: { status: 'done'; metrics: JobMetrics; trials: JobTrial[] } | { status: 'failed' | 'cancelled'; error: string }): boolean {
  const now = Date.now();
  const result =
    outcome.status === 'done'
      ? getDb()
          .prepare(
            `UPDATE train_jobs SET status = 'done', progress = 1, metrics = ?, trials = ?, error = NULL, finished_at = ?, updated_at = ?
             WHERE id = ? AND status IN ('queued', 'running')`,
          )
          .run(JSON.stringify(outcome.metrics), JSON.stringify(outcome.trials), now, now, id)
      : getDb()
          .prepare(`UPDATE train_jobs SET status = ?, error = ?, finished_at = ?, updated_at = ? WHERE id = ? AND status IN ('queued', 'running')`)
          .run(outcome.status, outcome.error, now, now, id);
  return result.changes === 1;
}

/** Jobs left 'running' by a process that stopped: re-queued once, failed after that. */
export function recoverInterruptedJobs(maxAttempts: number): { requeued: string[]; failed: string[] } {
  const db = getDb();
  const rows = db.prepare(`SELECT id, attempts FROM train_jobs WHERE status = 'running'`).all() as { id: string; attempts: number }[];
  const requeued: string[] = [];
  const failed: string[] = [];
  const now = Date.now();
  db.transaction(() => {
    for (const row of rows) {
      if (row.attempts < maxAttempts) {
        db.prepare(`UPDATE train_jobs SET status = 'queued', progress = 0, updated_at = ? WHERE id = ?`).run(now, row.id);
        requeued.push(row.id);
      } else {
        db.prepare(`UPDATE train_jobs SET status = 'failed', error = ?, finished_at = ?, updated_at = ? WHERE id = ?`).run(
          `The job was interrupted by ${row.attempts} server restarts; submit it again.`,
          now,
          now,
          row.id,
        );
        failed.push(row.id);
      }
    }
  })();
  return { requeued, failed };
}

export function saveArtifact(id: string, jobId: string, head: string): void {
  getDb().prepare('INSERT INTO artifacts (id, job_id, head, created_at) VALUES (?, ?, ?, ?)').run(id, jobId, head, Date.now());
}

export function artifactOfJob(jobId: string): { id: string; head: string } | null {
  return (getDb().prepare('SELECT id, head FROM artifacts WHERE job_id = ?').get(jobId) as { id: string; head: string } | undefined) ?? null;
}
