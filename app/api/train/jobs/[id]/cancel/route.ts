/** Cancels a queued or running job (a running one's worker thread is stopped); 409 once it has settled. */
import { readEmptyBody } from '@/lib/server/body';
import { handleApi, jsonResponse } from '@/lib/server/http';
import { recordId, requireTrainAccess, WRITE_LIMIT } from '@/lib/server/train/auth';
import { cancelJob } from '@/lib/server/train/jobs';

export const dynamic = 'force-dynamic';

export function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleApi(async () => {
    const config = requireTrainAccess(request, 'train-cancel', WRITE_LIMIT);
    const id = await recordId(params, 'No training job has this id.');
    await readEmptyBody(request);
    return jsonResponse(await cancelJob(config, id));
  });
}
