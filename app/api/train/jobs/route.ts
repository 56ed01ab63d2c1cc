/** Submit a training job: labelled text or vectors, a model, an optional hyperparameter search. 202 with its id. */
import { readJsonBody } from '@/lib/server/body';
import { handleApi, jsonResponse } from '@/lib/server/http';
import { requireTrainAccess, WRITE_LIMIT } from '@/lib/server/train/auth';
import { submitJob } from '@/lib/server/train/jobs';
import { jobRequestSchema, MAX_TRAIN_BODY_BYTES } from '@/lib/server/train/schema';

export const dynamic = 'force-dynamic';

export function POST(request: Request) {
  return handleApi(async () => {
    const config = requireTrainAccess(request, 'train-jobs', WRITE_LIMIT);
    const input = await readJsonBody(request, jobRequestSchema, MAX_TRAIN_BODY_BYTES);
    return jsonResponse(await submitJob(config, input), 202);
  });
}
