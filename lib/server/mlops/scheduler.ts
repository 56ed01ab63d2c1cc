/**
 * Runs scheduled pipelines from inside the server process (started by instrumentation.ts): one
 * croner timer per scheduled pipeline. Several instances sharing the database each fire, but
 * only the one that claims the minute's slot in SQLite triggers the run.
 */
import { Cron } from 'croner';
import { trainConfig } from '../config';
import { triggerPipeline } from './pipelines';
import { cronPattern } from './schema';
import { claimScheduledSlot, readPipeline, scheduledPipelines } from './store';

interface SchedulerState {
  timers: Map<string, Cron>;
}

const store = globalThis as typeof globalThis & { __aiwPipelineScheduler?: SchedulerState };

const MINUTE_MS = 60_000;

/** Triggers a pipeline for the slot it is due in, unless another instance already did or a run is in flight. */
export async function runDuePipeline(id: string, now = Date.now()): Promise<boolean> {
  const config = trainConfig();
  if (!config) return false;
  if (!claimScheduledSlot(id, Math.floor(now / MINUTE_MS) * MINUTE_MS)) return false;
  try {
    await triggerPipeline(config, id, 'schedule');
    return true;
  } catch (error) {
    console.warn('[mlops] scheduled run skipped', id, error instanceof Error ? error.message : error);
    return false;
  }
}

function schedule(state: SchedulerState, id: string) {
  state.timers.get(id)?.stop();
  state.timers.delete(id);
  const pipeline = readPipeline(id);
  if (!pipeline?.schedule) return;
  state.timers.set(id, new Cron(cronPattern(pipeline.schedule), { name: `pipeline:${id}`, protect: true }, () => void runDuePipeline(id)));
}

export function startPipelineScheduler(): void {
  if (store.__aiwPipelineScheduler) return;
  const state: SchedulerState = { timers: new Map() };
  store.__aiwPipelineScheduler = state;
  for (const pipeline of scheduledPipelines()) schedule(state, pipeline.id);
}

/** Picks up a created or changed pipeline; a no-op where the scheduler is not running (tests, scripts). */
export function refreshPipelineSchedule(id: string): void {
  const state = store.__aiwPipelineScheduler;
  if (state) schedule(state, id);
}

/** When each scheduled pipeline fires next (for tests and diagnostics). */
export function nextScheduledRuns(): Record<string, Date | null> {
  const state = store.__aiwPipelineScheduler;
  return Object.fromEntries([...(state?.timers ?? [])].map(([id, cron]) => [id, cron.nextRun()]));
}

export function stopPipelineScheduler(): void {
  const state = store.__aiwPipelineScheduler;
  store.__aiwPipelineScheduler = undefined;
  for (const cron of state?.timers.values() ?? []) cron.stop();
}
