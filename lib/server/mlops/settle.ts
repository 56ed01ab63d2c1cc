/**
 * Judges a pipeline run once its job has settled: the trained head becomes the model's next
 * registry version, deployed only when the target metric meets the pipeline's threshold (as it
 * stands now: a threshold raised mid-run still gates) and auto-deploy is on.
 */
import { getDb } from '../db';
import { registerVersion } from '../registry/store';
import { datasetSummary } from '../train/dataset';
import { artifactOfJob, isSettled, readJob } from '../train/store';
import { readPipeline, readRun, saveRunOutcome } from './store';

export function settlePipelineRun(runId: string): void {
  const run = readRun(runId);
  if (!run || isSettled(run.status)) return;
  const job = readJob(run.jobId);
  const pipeline = readPipeline(run.pipelineId);
  if (!job || !pipeline) return;
  if (!isSettled(job.status)) {
    if (job.status === 'running' && run.status === 'queued') saveRunOutcome(runId, { status: 'running', threshold: run.threshold });
    return;
  }
  const { threshold, targetMetric } = pipeline;
  const artifact = artifactOfJob(job.id);
  if (job.status !== 'done' || !job.metrics || !artifact) {
    saveRunOutcome(runId, { status: job.status === 'done' ? 'failed' : job.status, threshold, error: job.error ?? 'The training job produced no head.' });
    return;
  }
  const value = job.metrics[targetMetric];
  const meetsThreshold = value >= threshold;
  const deploy = meetsThreshold && pipeline.autoDeploy;
  const dataset = datasetSummary(job.datasetId)!;
  const encoderId = (JSON.parse(artifact.head) as { encoder: string }).encoder;
  getDb().transaction(() => {
    const current = readRun(runId);
    if (!current || isSettled(current.status)) return;
    const { macroF1, accuracy, ece, logLoss } = job.metrics!;
    const version = registerVersion({
      name: pipeline.modelName,
      artifactId: artifact.id,
      runId,
      metrics: { macroF1, accuracy, ece, logLoss },
      dataset: { examples: dataset.examples, labels: dataset.labels },
      encoderId,
      deploy,
    });
    saveRunOutcome(runId, { status: 'done', threshold, value, meetsThreshold, version, deployed: deploy });
  })();
}
