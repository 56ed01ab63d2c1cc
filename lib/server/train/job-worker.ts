/** Worker-thread entry: trains the one job it was started with and reports progress, then exits. */
import { parentPort, workerData } from 'node:worker_threads';
import type { JobWorkerInput, JobWorkerMessage } from './protocol';
import { trainJob } from './train-job';

const port = parentPort!;
const send = (message: JobWorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);

let lastSent = -1;
trainJob(workerData as JobWorkerInput, (progress) => {
  // Throttled: a search can report hundreds of steps; 1 % resolution is plenty for a status poll.
  if (progress - lastSent < 0.01 && progress < 1) return;
  lastSent = progress;
  send({ type: 'progress', progress });
})
  .then((result) => send({ type: 'done', result }, result.layers.flatMap((layer) => [layer.weights.buffer as ArrayBuffer, layer.bias.buffer as ArrayBuffer])))
  .catch((error: unknown) => send({ type: 'error', message: error instanceof Error ? error.message : String(error) }));
