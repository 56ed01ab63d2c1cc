/** Shared pieces of the training-server tests: token env, authed requests, separable vector examples, polling. */
import { afterEach, beforeEach, vi } from 'vitest';
import { Rng } from '@/lib/demo/prng';
import { closeTrainQueue } from '@/lib/server/queue';
import { stopPipelineScheduler } from '@/lib/server/mlops/scheduler';
import { freshClient } from '../server/helpers';

export { freshClient, params, useIsolatedServer } from '../server/helpers';

export const TOKEN = 'test-train-token-0123456789';
export const BASE = 'http://localhost';

/** Sets the training env for each test and stops queues and timers after it (before the data dir goes). */
export function useTrainEnv(extra: Record<string, string> = {}) {
  beforeEach(() => {
    vi.stubEnv('TRAIN_API_TOKEN', TOKEN);
    vi.stubEnv('QUEUE', '');
    vi.stubEnv('REDIS_URL', '');
    for (const [name, value] of Object.entries(extra)) vi.stubEnv(name, value);
  });
  afterEach(async () => {
    stopPipelineScheduler();
    await closeTrainQueue();
  });
}

export function authed(path: string, init: { method?: string; body?: unknown; token?: string | null; client?: string } = {}) {
  const headers: Record<string, string> = { 'X-Forwarded-For': init.client ?? freshClient() };
  if (init.token !== null) headers.Authorization = `Bearer ${init.token ?? TOKEN}`;
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  return new Request(`${BASE}${path}`, { method: init.method ?? (init.body === undefined ? 'GET' : 'POST'), headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
}

/**
 * `count` 512-d examples in `labels.length` classes around separate centres; `noise` sets how
 * much they overlap (0.05: trivially separable; 3: barely above chance).
 */
export function vectorExamples(count: number, labels: readonly string[], noise: number, seed = 7) {
  const rng = new Rng(seed);
  const centres = labels.map(() => Array.from({ length: 512 }, () => rng.next() * 2 - 1));
  return Array.from({ length: count }, (_, i) => {
    const k = i % labels.length;
    return { vector: centres[k]!.map((c) => Number((c + (rng.next() * 2 - 1) * noise).toFixed(4))), label: labels[k]! };
  });
}

export async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 60_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > until) throw new Error(`timed out; last value ${JSON.stringify(value).slice(0, 300)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
