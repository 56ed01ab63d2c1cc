/** Starts a run of the pipeline now; 202 with the run, 409 while one is in flight. */
import { readEmptyBody } from '@/lib/server/body';
import { handleApi, jsonResponse } from '@/lib/server/http';
import { triggerPipeline } from '@/lib/server/mlops/pipelines';
import { recordId, requireTrainAccess, WRITE_LIMIT } from '@/lib/server/train/auth';

export const dynamic = 'force-dynamic';

export function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleApi(async () => {
    const config = requireTrainAccess(request, 'mlops-trigger', WRITE_LIMIT);
    const id = await recordId(params, 'No pipeline has this id.');
    await readEmptyBody(request);
    return jsonResponse(await triggerPipeline(config, id), 202);
  });
}
