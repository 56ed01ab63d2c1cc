/** Pipelines and their runs in SQLite. */
import { getDb } from '../db';
import { trainingSpecSchema, type TrainingSpec } from '../train/schema';
import type { JobStatus } from '../train/store';
import type { TargetMetric } from './schema';

export interface Pipeline {
  id: string;
  name: string;
  /** The registry name the runs' heads are versioned under. */
  modelName: string;
  spec: TrainingSpec;
  datasetId: string;
  targetMetric: TargetMetric;
  threshold: number;
  autoDeploy: boolean;
  /** A preset (hourly, daily, weekly), a cron pattern, or null when only triggered by hand. */
  schedule: string | null;
  createdAt: number;
  updatedAt: number;
}

export interface PipelineRun {
  id: string;
  pipelineId: string;
  jobId: string;
  trigger: 'manual' | 'schedule';
  status: JobStatus;
  targetMetric: TargetMetric;
  /** The threshold the run was judged against. */
  threshold: number;
  value: number | null;
  meetsThreshold: boolean | null;
  /** The registry version it produced (done runs). */
  version: number | null;
  deployed: boolean;
  error: string | null;
  createdAt: number;
  finishedAt: number | null;
}

interface PipelineRow {
  id: string;
  name: string;
  model: string;
  dataset_id: string;
  target_metric: TargetMetric;
  threshold: number;
  auto_deploy: number;
  schedule: string;
  created_at: number;
  updated_at: number;
}

interface RunRow {
  id: string;
  pipeline_id: string;
  job_id: string;
  trigger: 'manual' | 'schedule';
  status: JobStatus;
  target_metric: TargetMetric;
  threshold: number;
  value: number | null;
  meets_threshold: number | null;
  version: number | null;
  deployed: number;
  error: string | null;
  created_at: number;
  finished_at: number | null;
}

const MANUAL = 'manual';

const pipelineFromRow = (row: PipelineRow): Pipeline => {
  const { modelName, spec } = JSON.parse(row.model) as { modelName: string; spec: unknown };
  return {
    id: row.id,
    name: row.name,
    modelName,
    spec: trainingSpecSchema.parse(spec),
    datasetId: row.dataset_id,
    targetMetric: row.target_metric,
    threshold: row.threshold,
    autoDeploy: row.auto_deploy === 1,
    schedule: row.schedule === MANUAL ? null : row.schedule,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
};

const runFromRow = (row: RunRow): PipelineRun => ({
  id: row.id,
  pipelineId: row.pipeline_id,
  jobId: row.job_id,
  trigger: row.trigger,
  status: row.status,
  targetMetric: row.target_metric,
  threshold: row.threshold,
  value: row.value,
  meetsThreshold: row.meets_threshold === null ? null : row.meets_threshold === 1,
  version: row.version,
  deployed: row.deployed === 1,
  error: row.error,
  createdAt: row.created_at,
  finishedAt: row.finished_at,
});

export function insertPipeline(pipeline: Omit<Pipeline, 'createdAt' | 'updatedAt'>): void {
  const now = Date.now();
  getDb()
    .prepare(
      `INSERT INTO pipelines (id, name, model, dataset_id, target_metric, threshold, auto_deploy, schedule, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      pipeline.id,
      pipeline.name,
      JSON.stringify({ modelName: pipeline.modelName, spec: pipeline.spec }),
      pipeline.datasetId,
      pipeline.targetMetric,
      pipeline.threshold,
      pipeline.autoDeploy ? 1 : 0,
      pipeline.schedule ?? MANUAL,
      now,
      now,
    );
}

export function readPipeline(id: string): Pipeline | null {
  const row = getDb().prepare('SELECT * FROM pipelines WHERE id = ?').get(id) as PipelineRow | undefined;
  return row ? pipelineFromRow(row) : null;
}

export function scheduledPipelines(): Pipeline[] {
  return (getDb().prepare(`SELECT * FROM pipelines WHERE schedule != ?`).all(MANUAL) as PipelineRow[]).map(pipelineFromRow);
}

export function updateGate(id: string, gate: { threshold: number; targetMetric: TargetMetric; autoDeploy: boolean }): void {
  getDb()
    .prepare('UPDATE pipelines SET threshold = ?, target_metric = ?, auto_deploy = ?, updated_at = ? WHERE id = ?')
    .run(gate.threshold, gate.targetMetric, gate.autoDeploy ? 1 : 0, Date.now(), id);
}

/** True for the one caller (of possibly several instances sharing the database) that claims this scheduled slot. */
export function claimScheduledSlot(id: string, slot: number): boolean {
  return (
    getDb()
      .prepare('UPDATE pipelines SET last_scheduled_at = ? WHERE id = ? AND (last_scheduled_at IS NULL OR last_scheduled_at < ?)')
      .run(slot, id, slot).changes === 1
  );
}

export function insertRun(run: { id: string; pipelineId: string; jobId: string; trigger: 'manual' | 'schedule'; targetMetric: TargetMetric; threshold: number }): void {
  getDb()
    .prepare(
      `INSERT INTO pipeline_runs (id, pipeline_id, job_id, trigger, status, target_metric, threshold, created_at)
       VALUES (?, ?, ?, ?, 'queued', ?, ?, ?)`,
    )
    .run(run.id, run.pipelineId, run.jobId, run.trigger, run.targetMetric, run.threshold, Date.now());
}

export function readRun(id: string): PipelineRun | null {
  const row = getDb().prepare('SELECT * FROM pipeline_runs WHERE id = ?').get(id) as RunRow | undefined;
  return row ? runFromRow(row) : null;
}

export function latestRun(pipelineId: string): PipelineRun | null {
  const row = getDb().prepare('SELECT * FROM pipeline_runs WHERE pipeline_id = ? ORDER BY created_at DESC, rowid DESC LIMIT 1').get(pipelineId) as RunRow | undefined;
  return row ? runFromRow(row) : null;
}

export function activeRun(pipelineId: string): PipelineRun | null {
  const row = getDb()
    .prepare(`SELECT * FROM pipeline_runs WHERE pipeline_id = ? AND status IN ('queued', 'running') ORDER BY created_at DESC LIMIT 1`)
    .get(pipelineId) as RunRow | undefined;
  return row ? runFromRow(row) : null;
}

/** Finished runs with a metric, newest first. */
export function finishedRuns(pipelineId: string, limit: number): PipelineRun[] {
  return (
    getDb()
      .prepare(`SELECT * FROM pipeline_runs WHERE pipeline_id = ? AND status = 'done' ORDER BY created_at DESC, rowid DESC LIMIT ?`)
      .all(pipelineId, limit) as RunRow[]
  ).map(runFromRow);
}

export function saveRunOutcome(
  id: string,
  outcome: { status: JobStatus; threshold: number; value?: number; meetsThreshold?: boolean; version?: number; deployed?: boolean; error?: string },
): boolean {
  return (
    getDb()
      .prepare(
        `UPDATE pipeline_runs SET status = ?, threshold = ?, value = ?, meets_threshold = ?, version = ?, deployed = ?, error = ?, finished_at = ?
         WHERE id = ? AND status IN ('queued', 'running')`,
      )
      .run(
        outcome.status,
        outcome.threshold,
        outcome.value ?? null,
        outcome.meetsThreshold === undefined ? null : outcome.meetsThreshold ? 1 : 0,
        outcome.version ?? null,
        outcome.deployed ? 1 : 0,
        outcome.error ?? null,
        outcome.status === 'running' ? null : Date.now(),
        id,
      ).changes === 1
  );
}
