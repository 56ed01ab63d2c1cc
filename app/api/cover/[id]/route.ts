/** A cover job's state, for polling: queued, running (with progress when the engine reports it), done or failed. */
import { coverJobState } from '@/lib/server/cover/jobs';
import { handleApi, jsonResponse, notFound } from '@/lib/server/http';

export const dynamic = 'force-dynamic';

export function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleApi(async () => {
    const state = coverJobState((await params).id);
    if (!state) throw notFound('No cover job has this id.');
    return jsonResponse(state);
  });
}
