/**
 * Diffusion cover jobs: keyed by sha256(engine + prompt + seed + size), so the same request
 * is generated once and then served from SQLite. At most DIFFUSION_MAX_CONCURRENT jobs run
 * on the engine at a time; the rest wait in an in-process FIFO (bounded, so a flood is
 * refused rather than queued for hours). Each run is cut off at DIFFUSION_TIMEOUT_MS.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { COVER_STYLES } from '../../art/types';
import { wrappedFactsSchema } from '../../gen/facts';
import type { DiffusionConfig } from '../config';
import { ApiError } from '../http';
import { COVER_JOB_ID_PATTERN } from '../params';
import { createBackend } from './backends';
import { COVER_SIZES, type CoverSize, type DiffusionRequest } from './backends/types';
import { buildCoverPrompt } from './prompt';
import { readStoredImage, readStoredJob, saveJobDone, saveJobFailed, saveJobRunning, saveQueuedJob, type CoverJobStatus } from './store';

export const MAX_QUEUED_JOBS = 16;

export const coverRequestSchema = z.strictObject({
  facts: wrappedFactsSchema,
  style: z.enum(COVER_STYLES),
  seed: z.number().int().min(0).max(2 ** 32 - 1),
  size: z.union(COVER_SIZES.map((size) => z.literal(size))).default(1024),
});
export type CoverRequest = z.infer<typeof coverRequestSchema>;

export interface CoverJobState {
  id: string;
  status: CoverJobStatus;
  /** 0–1 while running, when the engine reports it. */
  progress?: number;
  error?: string;
}

interface ActiveJob {
  status: 'queued' | 'running';
  progress?: number;
}

interface Queue {
  active: Map<string, ActiveJob>;
  waiting: (() => Promise<void>)[];
  running: number;
}

const store = globalThis as typeof globalThis & { __aiwCoverQueue?: Queue };
const queue: Queue = (store.__aiwCoverQueue ??= { active: new Map(), waiting: [], running: 0 });

export function coverJobKey(config: DiffusionConfig, prompt: string, seed: number, size: CoverSize): string {
  const engine = `${config.backend}:${config.model ?? ''}`;
  return createHash('sha256').update(JSON.stringify([engine, prompt, seed, size])).digest('hex');
}

function drain(maxConcurrent: number) {
  while (queue.running < maxConcurrent && queue.waiting.length > 0) {
    const run = queue.waiting.shift()!;
    queue.running++;
    void run().finally(() => {
      queue.running--;
      drain(maxConcurrent);
    });
  }
}

async function runJob(config: DiffusionConfig, key: string, request: DiffusionRequest) {
  const job = queue.active.get(key)!;
  job.status = 'running';
  saveJobRunning(key);
  try {
    const image = await createBackend(config).generate(request, {
      signal: AbortSignal.timeout(config.timeoutMs),
      onProgress: (progress) => (job.progress = Math.min(1, Math.max(0, progress))),
    });
    saveJobDone(key, image);
  } catch (error) {
    const message = error instanceof ApiError ? error.message : 'The cover job failed unexpectedly.';
    if (!(error instanceof ApiError)) console.error('[cover] job failed', error);
    saveJobFailed(key, message);
  } finally {
    queue.active.delete(key);
  }
}

/** Starts (or finds) the job for this request; `done` when its image is already cached. */
export function submitCoverJob(config: DiffusionConfig, input: CoverRequest): CoverJobState {
  const { prompt, negativePrompt } = buildCoverPrompt(input.facts, input.style);
  const key = coverJobKey(config, prompt, input.seed, input.size);
  const active = queue.active.get(key);
  if (active) return { id: key, status: active.status };
  if (readStoredJob(key)?.status === 'done') return { id: key, status: 'done' };
  if (queue.waiting.length >= MAX_QUEUED_JOBS) {
    throw new ApiError(503, 'busy', 'The cover queue is full; try again in a minute.', { 'Retry-After': '60' });
  }
  saveQueuedJob(key, prompt, config.backend);
  queue.active.set(key, { status: 'queued' });
  queue.waiting.push(() => runJob(config, key, { prompt, negativePrompt, seed: input.seed, size: input.size }));
  drain(config.maxConcurrent);
  return { id: key, status: queue.active.get(key)?.status ?? 'queued' };
}

export function coverJobState(id: string): CoverJobState | null {
  if (!COVER_JOB_ID_PATTERN.test(id)) return null;
  const active = queue.active.get(id);
  if (active) return { id, status: active.status, ...(active.progress === undefined ? {} : { progress: active.progress }) };
  const stored = readStoredJob(id);
  if (!stored) return null;
  if (stored.status === 'done') return { id, status: 'done', progress: 1 };
  if (stored.status === 'failed') return { id, status: 'failed', error: stored.error ?? 'The cover job failed.' };
  // Queued or running in the database but not in this process: a restart cut it off.
  return { id, status: 'failed', error: 'The cover job was interrupted by a server restart; request it again.' };
}

export function coverJobImage(id: string): Uint8Array | null {
  return COVER_JOB_ID_PATTERN.test(id) ? readStoredImage(id) : null;
}
