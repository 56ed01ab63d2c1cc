/**
 * Next's server start hook: when training is configured, start this process's queue workers
 * (which pick up jobs a restart left queued or running) and the pipeline scheduler, once.
 * Not awaited: an unreachable Redis must not keep the whole app from serving.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { trainConfig } = await import('./lib/server/config');
  const config = trainConfig();
  if (!config) return;
  const [{ getTrainQueue }, { startPipelineScheduler }] = await Promise.all([import('./lib/server/queue'), import('./lib/server/mlops/scheduler')]);
  getTrainQueue(config).catch((error) => console.error('[train] the training queue did not start', error));
  startPipelineScheduler();
}
