/**
 * Runs one training job in its own worker thread. Training is synchronous number crunching, so a
 * worker cannot hear a cancel message mid-fit: cancelling (or the timeout) terminates the thread.
 *
 * The worker loads its TypeScript sources from the app tree through tsx (worker-boot.mjs), found
 * from the app root (process.cwd()) rather than import.meta.url, which points into .next/ once
 * Next has bundled this module. The Worker class comes from process.getBuiltinModule so that
 * Turbopack does not take `new Worker(<runtime path>)` for a worker entry it must bundle (it would
 * try to bundle every file under the root).
 */
import path from 'node:path';
import type { JobWorkerInput, JobWorkerMessage, JobWorkerResult } from './protocol';

const WORKER_DIR = path.join('lib', 'server', 'train');

function jobWorkerFiles(root = process.cwd()) {
  return { boot: path.join(root, WORKER_DIR, 'worker-boot.mjs'), entry: path.join(root, WORKER_DIR, 'job-worker.ts') };
}

export interface RunOptions {
  onProgress?: (progress: number) => void;
  signal?: AbortSignal;
}

export function runInWorker(input: JobWorkerInput, options: RunOptions = {}): Promise<JobWorkerResult> {
  const { boot, entry } = jobWorkerFiles();
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) return reject(options.signal.reason);
    const { Worker } = process.getBuiltinModule('node:worker_threads');
    const worker = new Worker(boot, { workerData: { ...input, entry }, stdout: false, stderr: false });
    let settled = false;
    const settle = (finish: () => void) => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      finish();
    };
    const onAbort = () => settle(() => reject(options.signal!.reason));
    options.signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (message: JobWorkerMessage) => {
      if (message.type === 'progress') options.onProgress?.(message.progress);
      else if (message.type === 'done') settle(() => resolve(message.result));
      else settle(() => reject(new Error(message.message)));
    });
    worker.on('error', (error) => settle(() => reject(error)));
    worker.on('exit', (code) => settle(() => reject(new Error(`The training worker exited unexpectedly (code ${code}).`))));
  });
}
