/** Pipelines as the routes see them: create, trigger a run, read with the latest run, metric history, gate changes. */
import { randomUUID } from 'node:crypto';
import type { TrainConfig } from '../config';
import { getDb } from '../db';
import { ApiError } from '../http';
import { saveDataset } from '../train/dataset';
import { getTrainQueue } from '../queue';
import { insertJob, readJob } from '../train/store';
import type { PipelineRequest, ThresholdRequest } from './schema';
import { refreshPipelineSchedule } from './scheduler';
import { activeRun, finishedRuns, insertPipeline, insertRun, latestRun, readPipeline, updateGate, type Pipeline, type PipelineRun } from './store';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export function pipelineView(pipeline: Pipeline) {
  return {
    id: pipeline.id,
    name: pipeline.name,
    model: { name: pipeline.modelName, ...pipeline.spec.model },
    targetMetric: pipeline.targetMetric,
    threshold: pipeline.threshold,
    autoDeploy: pipeline.autoDeploy,
    schedule: pipeline.schedule,
    createdAt: iso(pipeline.createdAt),
    updatedAt: iso(pipeline.updatedAt),
  };
}

export function runView(run: PipelineRun) {
  return {
    id: run.id,
    jobId: run.jobId,
    trigger: run.trigger,
    status: run.status,
    targetMetric: run.targetMetric,
    threshold: run.threshold,
    value: run.value,
    meetsThreshold: run.meetsThreshold,
    version: run.version,
    deployed: run.deployed,
    ...(run.error ? { error: run.error } : {}),
    createdAt: iso(run.createdAt),
    finishedAt: iso(run.finishedAt),
  };
}

function requirePipeline(id: string): Pipeline {
  const pipeline = readPipeline(id);
  if (!pipeline) throw new ApiError(404, 'not_found', 'No pipeline has this id.');
  return pipeline;
}

export function createPipeline(request: PipelineRequest) {
  const { name, model, dataset, targetMetric, threshold, autoDeploy, schedule, ...training } = request;
  const { name: modelName, ...modelSpec } = model;
  const id = randomUUID();
  getDb().transaction(() => {
    let datasetId: string;
    if ('jobId' in dataset) {
      const job = readJob(dataset.jobId);
      if (!job) throw new ApiError(400, 'invalid_input', 'Invalid request: dataset.jobId: no training job has this id.');
      datasetId = job.datasetId;
    } else {
      datasetId = saveDataset(dataset.examples).id;
    }
    insertPipeline({ id, name, modelName, spec: { ...training, model: modelSpec }, datasetId, targetMetric, threshold, autoDeploy, schedule: schedule ?? null });
  })();
  refreshPipelineSchedule(id);
  return pipelineView(readPipeline(id)!);
}

/** Queues a run of the pipeline; 409 while one is still queued or running. */
export async function triggerPipeline(config: TrainConfig, id: string, trigger: 'manual' | 'schedule' = 'manual') {
  const pipeline = requirePipeline(id);
  const active = activeRun(id);
  if (active) throw new ApiError(409, 'run_in_progress', `Run ${active.id} of this pipeline is still ${active.status}.`);
  const runId = randomUUID();
  const jobId = randomUUID();
  getDb().transaction(() => {
    insertJob({ id: jobId, task: pipeline.modelName, spec: pipeline.spec, datasetId: pipeline.datasetId, pipelineRunId: runId });
    insertRun({ id: runId, pipelineId: id, jobId, trigger, targetMetric: pipeline.targetMetric, threshold: pipeline.threshold });
  })();
  await (await getTrainQueue(config)).enqueue(jobId);
  return runView(latestRun(id)!);
}

export function pipelineWithLatestRun(id: string) {
  const pipeline = requirePipeline(id);
  const run = latestRun(id);
  return { pipeline: pipelineView(pipeline), latestRun: run ? runView(run) : null };
}

/**
 * The target metric of the last `limit` finished runs, newest first, each with its change in % from
 * the run before it and whether it meets the pipeline's current threshold.
 */
export function pipelineMetrics(id: string, limit: number) {
  const pipeline = requirePipeline(id);
  const runs = finishedRuns(id, limit + 1);
  const history = runs.slice(0, limit).map((run, index) => {
    const previous = runs[index + 1];
    const value = run.value ?? 0;
    const trendPercent = previous?.value ? Number((((value - previous.value) / previous.value) * 100).toFixed(2)) : null;
    return {
      runId: run.id,
      finishedAt: iso(run.finishedAt),
      metric: run.targetMetric,
      value,
      trendPercent,
      meetsThreshold: value >= pipeline.threshold,
      version: run.version,
      deployed: run.deployed,
    };
  });
  return { pipelineId: id, targetMetric: pipeline.targetMetric, threshold: pipeline.threshold, history };
}

export function updateThreshold(id: string, request: ThresholdRequest) {
  const pipeline = requirePipeline(id);
  updateGate(id, { threshold: request.threshold, targetMetric: request.targetMetric ?? pipeline.targetMetric, autoDeploy: request.autoDeploy ?? pipeline.autoDeploy });
  return pipelineView(readPipeline(id)!);
}
