/** Creates a training pipeline: model, dataset, target metric and threshold, auto-deploy, schedule. 201. */
import { readJsonBody } from '@/lib/server/body';
import { handleApi, jsonResponse } from '@/lib/server/http';
import { createPipeline } from '@/lib/server/mlops/pipelines';
import { pipelineRequestSchema } from '@/lib/server/mlops/schema';
import { requireTrainAccess, WRITE_LIMIT } from '@/lib/server/train/auth';
import { MAX_TRAIN_BODY_BYTES } from '@/lib/server/train/schema';

export const dynamic = 'force-dynamic';

export function POST(request: Request) {
  return handleApi(async () => {
    requireTrainAccess(request, 'mlops-create', WRITE_LIMIT);
    const input = await readJsonBody(request, pipelineRequestSchema, MAX_TRAIN_BODY_BYTES);
    return jsonResponse(createPipeline(input), 201);
  });
}
