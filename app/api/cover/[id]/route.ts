/** A cover job's state, for polling: queued, running (with progress when the engine reports it), done or failed. */
import { coverJobState } from '@/lib/server/cover/jobs';
import { handleApi, jsonResponse, notFound } from '@/lib/server/http';
import { COVER_JOB_ID_PATTERN, idParams, routeParams } from '@/lib/server/params';
import { enforceRateLimit } from '@/lib/server/rate-limit';

export const dynamic = 'force-dynamic';

const NOT_FOUND = 'No cover job has this id.';

/** The client polls every 1.5 s (40 a minute); a few tabs at once still fit. */
export function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleApi(async () => {
    enforceRateLimit(request, 'cover-job', { capacity: 120, perMinute: 120 });
    const { id } = await routeParams(params, idParams(COVER_JOB_ID_PATTERN), NOT_FOUND);
    const state = coverJobState(id);
    if (!state) throw notFound(NOT_FOUND);
    return jsonResponse(state);
  });
}
