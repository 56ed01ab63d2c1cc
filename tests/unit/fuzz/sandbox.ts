/**
 * Runs fuzz inputs in a worker thread so the time bound is real: a parser stuck in a
 * catastrophic regex or an endless loop blocks its own thread, and a timer on this side
 * terminates it (a fresh thread takes the next input). Memory is capped the same way.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CaseOutcome, FuzzInput } from './pipeline';

export type SandboxOutcome =
  | CaseOutcome
  /** Ran past the per-input cap: a hang, as far as a user is concerned. */
  | { kind: 'timeout'; error: string; ms: number }
  /** The thread died (out of memory, or a native crash). */
  | { kind: 'died'; error: string; ms: number };

export interface SandboxOptions {
  /** Per-input wall-clock cap. Generous: it tells a hang apart, it does not grade speed. */
  capMs: number;
  /** Heap cap of the sandbox thread. */
  maxHeapMb?: number;
}

// The thread compiles its TypeScript with tsx's require hook (loader flags do not reach worker threads).
const WORKER_PATH = fileURLToPath(new URL('./sandbox-worker.ts', import.meta.url));
const TSX_API = createRequire(import.meta.url).resolve('tsx/cjs/api');
const BOOTSTRAP = `require(${JSON.stringify(TSX_API)}).require(${JSON.stringify(WORKER_PATH)}, ${JSON.stringify(WORKER_PATH)});`;

export class FuzzSandbox {
  private worker: Worker | null = null;
  private ready: Promise<void> | null = null;
  /** Thread starts, for the report: more than one means inputs timed out or killed it. */
  restarts = 0;

  constructor(private readonly options: SandboxOptions) {}

  async run(input: FuzzInput): Promise<SandboxOutcome> {
    const worker = await this.start();
    const started = performance.now();
    return new Promise<SandboxOutcome>((resolve) => {
      const finish = (outcome: SandboxOutcome) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('exit', onExit);
        worker.off('error', onError);
        resolve(outcome);
      };
      const onMessage = (outcome: CaseOutcome) => finish(outcome);
      const onError = (error: Error) => {
        this.discard(worker);
        finish({ kind: 'died', error: `${error.name}: ${error.message}`, ms: performance.now() - started });
      };
      const onExit = (code: number) => {
        this.discard(worker);
        finish({ kind: 'died', error: `sandbox thread exited with code ${code}`, ms: performance.now() - started });
      };
      const timer = setTimeout(() => {
        this.discard(worker);
        void worker.terminate();
        finish({ kind: 'timeout', error: `no answer within ${this.options.capMs} ms`, ms: performance.now() - started });
      }, this.options.capMs);
      worker.on('message', onMessage);
      worker.once('error', onError);
      worker.once('exit', onExit);
      worker.postMessage(input);
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.discard(worker);
    await worker?.terminate();
  }

  private async start(): Promise<Worker> {
    if (this.worker && this.ready) {
      await this.ready;
      return this.worker;
    }
    this.restarts++;
    const worker = new Worker(BOOTSTRAP, {
      eval: true,
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb ?? 1024 },
    });
    this.worker = worker;
    // The thread loads the pipeline before its first answer: warm it with an empty input.
    this.ready = new Promise<void>((resolve, reject) => {
      worker.once('message', () => resolve());
      worker.once('error', reject);
    });
    worker.postMessage({ name: 'warm-up.json', bytes: new TextEncoder().encode('[]') } satisfies FuzzInput);
    await this.ready;
    return worker;
  }

  private discard(worker: Worker | null): void {
    if (worker && this.worker === worker) {
      this.worker = null;
      this.ready = null;
    }
  }
}
