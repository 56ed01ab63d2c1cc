/** Cover jobs in SQLite: finished images survive a restart, keyed by the job's content hash. */
import { getDb } from '../db';

export type CoverJobStatus = 'queued' | 'running' | 'done' | 'failed';

export interface StoredCoverJob {
  status: CoverJobStatus;
  error: string | null;
}

export function saveQueuedJob(key: string, prompt: string, backend: string): void {
  const now = Date.now();
  getDb()
    .prepare(
      `INSERT INTO cover_jobs (key, status, prompt, backend, error, image, created_at, updated_at)
       VALUES (?, 'queued', ?, ?, NULL, NULL, ?, ?)
       ON CONFLICT (key) DO UPDATE SET status = 'queued', error = NULL, image = NULL, updated_at = excluded.updated_at`,
    )
    .run(key, prompt, backend, now, now);
}

export function saveJobRunning(key: string): void {
  getDb().prepare(`UPDATE cover_jobs SET status = 'running', updated_at = ? WHERE key = ?`).run(Date.now(), key);
}

export function saveJobDone(key: string, image: Uint8Array): void {
  getDb().prepare(`UPDATE cover_jobs SET status = 'done', image = ?, error = NULL, updated_at = ? WHERE key = ?`).run(Buffer.from(image), Date.now(), key);
}

export function saveJobFailed(key: string, error: string): void {
  getDb().prepare(`UPDATE cover_jobs SET status = 'failed', error = ?, updated_at = ? WHERE key = ?`).run(error, Date.now(), key);
}

export function readStoredJob(key: string): StoredCoverJob | null {
  return (getDb().prepare('SELECT status, error FROM cover_jobs WHERE key = ?').get(key) as StoredCoverJob | undefined) ?? null;
}

export function readStoredImage(key: string): Uint8Array | null {
  const row = getDb().prepare(`SELECT image FROM cover_jobs WHERE key = ? AND status = 'done'`).get(key) as { image: Buffer | null } | undefined;
  return row?.image ? new Uint8Array(row.image) : null;
}
