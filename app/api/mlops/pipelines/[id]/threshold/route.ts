/** Changes a pipeline's deploy gate: threshold (and optionally target metric and auto-deploy). */
import { readJsonBody } from '@/lib/server/body';
import { handleApi, jsonResponse } from '@/lib/server/http';
import { updateThreshold } from '@/lib/server/mlops/pipelines';
import { thresholdRequestSchema } from '@/lib/server/mlops/schema';
import { recordId, requireTrainAccess, WRITE_LIMIT } from '@/lib/server/train/auth';

export const dynamic = 'force-dynamic';

const MAX_BODY_BYTES = 4 * 1024;

export function PUT(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleApi(async () => {
    requireTrainAccess(request, 'mlops-threshold', WRITE_LIMIT);
    const id = await recordId(params, 'No pipeline has this id.');
    return jsonResponse(updateThreshold(id, await readJsonBody(request, thresholdRequestSchema, MAX_BODY_BYTES)));
  });
}
