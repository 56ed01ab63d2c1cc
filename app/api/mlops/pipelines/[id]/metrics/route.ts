/** The target metric of the latest finished runs (?limit=, default 20), with trend % and whether each meets the threshold. */
import { validate } from '@/lib/server/body';
import { handleApi, jsonResponse } from '@/lib/server/http';
import { pipelineMetrics } from '@/lib/server/mlops/pipelines';
import { metricsQuerySchema } from '@/lib/server/mlops/schema';
import { READ_LIMIT, recordId, requireTrainAccess } from '@/lib/server/train/auth';

export const dynamic = 'force-dynamic';

export function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleApi(async () => {
    requireTrainAccess(request, 'mlops-read', READ_LIMIT);
    const id = await recordId(params, 'No pipeline has this id.');
    const limit = new URL(request.url).searchParams.get('limit');
    const query = validate(metricsQuerySchema, limit === null ? {} : { limit });
    return jsonResponse(pipelineMetrics(id, query.limit));
  });
}
