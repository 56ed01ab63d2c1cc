/** Cancels a queued or running job (a running one's worker thread is stopped); 409 once it has settled. */
import { handleApi, jsonResponse, notFound } from '@/lib/server/http';
import { requireTrainAccess, UUID_PATTERN, WRITE_LIMIT } from '@/lib/server/train/auth';
import { cancelJob } from '@/lib/server/train/jobs';

export const dynamic = 'force-dynamic';

export function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleApi(async () => {
    const config = requireTrainAccess(request, 'train-cancel', WRITE_LIMIT);
    const { id } = await params;
    if (!UUID_PATTERN.test(id)) throw notFound('No training job has this id.');
    return jsonResponse(await cancelJob(config, id));
  });
}
