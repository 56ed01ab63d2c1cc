/** A training job's state: status, progress 0–1, and once done its cross-validated metrics and search trials. */
import { handleApi, jsonResponse, notFound } from '@/lib/server/http';
import { READ_LIMIT, recordId, requireTrainAccess } from '@/lib/server/train/auth';
import { jobState } from '@/lib/server/train/jobs';

export const dynamic = 'force-dynamic';

export function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleApi(async () => {
    requireTrainAccess(request, 'train-job', READ_LIMIT);
    const message = 'No training job has this id.';
    const state = jobState(await recordId(params, message));
    if (!state) throw notFound(message);
    return jsonResponse(state);
  });
}
