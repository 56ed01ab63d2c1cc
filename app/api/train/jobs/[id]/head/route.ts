/** The trained head of a finished job, in the shipped heads' JSON format. */
import { handleApi, jsonResponse, notFound } from '@/lib/server/http';
import { READ_LIMIT, recordId, requireTrainAccess } from '@/lib/server/train/auth';
import { jobHead } from '@/lib/server/train/jobs';

export const dynamic = 'force-dynamic';

export function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleApi(async () => {
    requireTrainAccess(request, 'train-head', READ_LIMIT);
    const message = 'This job has no trained head (unknown id, or not done).';
    const head = jobHead(await recordId(params, message));
    if (!head) throw notFound(message);
    return jsonResponse(JSON.parse(head));
  });
}
