/** The target metric of the latest finished runs (?limit=, default 20), with trend % and whether each meets the threshold. */
import { handleApi, jsonResponse } from '@/lib/server/http';
import { pipelineMetrics } from '@/lib/server/mlops/pipelines';
import { metricsQuerySchema } from '@/lib/server/mlops/schema';
import { readQuery } from '@/lib/server/params';
import { READ_LIMIT, recordId, requireTrainAccess } from '@/lib/server/train/auth';

export const dynamic = 'force-dynamic';

export function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleApi(async () => {
    requireTrainAccess(request, 'mlops-read', READ_LIMIT);
    const id = await recordId(params, 'No pipeline has this id.');
    const query = readQuery(request, metricsQuerySchema);
    return jsonResponse(pipelineMetrics(id, query.limit));
  });
}
