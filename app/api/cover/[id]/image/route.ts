/** A finished cover's PNG. Immutable: the id is the hash of everything that made it. */
import { coverJobImage } from '@/lib/server/cover/jobs';
import { API_HEADERS, handleApi, notFound } from '@/lib/server/http';
import { COVER_JOB_ID_PATTERN, idParams, routeParams } from '@/lib/server/params';
import { enforceRateLimit } from '@/lib/server/rate-limit';

export const dynamic = 'force-dynamic';

const NOT_FOUND = 'No finished cover has this id.';

export function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleApi(async () => {
    enforceRateLimit(request, 'cover-image', { capacity: 60, perMinute: 60 });
    const { id } = await routeParams(params, idParams(COVER_JOB_ID_PATTERN), NOT_FOUND);
    const image = coverJobImage(id);
    if (!image) throw notFound(NOT_FOUND);
    return new Response(new Blob([image as Uint8Array<ArrayBuffer>], { type: 'image/png' }), {
      headers: { ...API_HEADERS, 'Content-Type': 'image/png', 'Cache-Control': 'private, max-age=31536000, immutable' },
    });
  });
}
