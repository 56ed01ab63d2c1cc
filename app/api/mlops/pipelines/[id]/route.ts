/** A pipeline with its latest run. */
import { handleApi, jsonResponse } from '@/lib/server/http';
import { pipelineWithLatestRun } from '@/lib/server/mlops/pipelines';
import { READ_LIMIT, recordId, requireTrainAccess } from '@/lib/server/train/auth';

export const dynamic = 'force-dynamic';

export function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleApi(async () => {
    requireTrainAccess(request, 'mlops-read', READ_LIMIT);
    const id = await recordId(params, 'No pipeline has this id.');
    return jsonResponse(pipelineWithLatestRun(id));
  });
}
