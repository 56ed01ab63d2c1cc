/**
 * Runs one stored job to its end, whichever queue delivered it: claim it, train it in a worker
 * thread while watching the database for a cancel (it may come through another server instance),
 * store the head artifact and metrics, then settle the pipeline run that asked for it, if any.
 */
import { randomUUID } from 'node:crypto';
import { getDb } from '../db';
import { settlePipelineRun } from '../mlops/settle';
import { classOrder, datasetSummary, loadDatasetRows } from './dataset';
import { toServerHeadFile } from './head-file';
import { runInWorker } from './run-in-worker';
import { claimJob, finishJob, jobStatus, readJob, saveArtifact, saveProgress } from './store';

const CANCEL_POLL_MS = 200;

class JobTimeout extends Error {}

export async function executeJob(id: string, options: { timeoutMs: number; runner: string }): Promise<void> {
  if (!claimJob(id, options.runner)) {
    const pipelineRunId = readJob(id)?.pipelineRunId;
    if (pipelineRunId) settlePipelineRun(pipelineRunId);
    return;
  }
  const job = readJob(id)!;
  if (job.pipelineRunId) settlePipelineRun(job.pipelineRunId);
  const controller = new AbortController();
  const watch = setInterval(() => {
    if (jobStatus(id) === 'cancelled') controller.abort(new Error('cancelled'));
  }, CANCEL_POLL_MS);
  const timeout = setTimeout(() => controller.abort(new JobTimeout(`The job ran longer than ${Math.round(options.timeoutMs / 1000)} s and was stopped.`)), options.timeoutMs);
  try {
    const rows = loadDatasetRows(job.datasetId);
    const classes = classOrder(datasetSummary(job.datasetId)!.labels, job.task, job.spec.labels);
    const result = await runInWorker({ spec: job.spec, rows, classes }, { signal: controller.signal, onProgress: (progress) => saveProgress(id, progress) });
    const head = toServerHeadFile(job.task, classes, result, { datasetId: job.datasetId, seed: job.spec.seed, examples: rows.length });
    getDb().transaction(() => {
      if (finishJob(id, { status: 'done', metrics: result.metrics, trials: result.trials })) saveArtifact(randomUUID(), id, JSON.stringify(head));
    })();
  } catch (error) {
    if (!controller.signal.aborted || controller.signal.reason instanceof JobTimeout) {
      finishJob(id, { status: 'failed', error: error instanceof Error ? error.message : 'The training job failed.' });
    }
  } finally {
    clearInterval(watch);
    clearTimeout(timeout);
  }
  if (job.pipelineRunId) settlePipelineRun(job.pipelineRunId);
}
