/** Reads a short link's payload, or deletes it with the token its creator was given. */
import { readEmptyBody } from '@/lib/server/body';
import { API_HEADERS, ApiError, handleApi, jsonResponse, notFound } from '@/lib/server/http';
import { idParams, routeParams, SHARE_ID_PATTERN } from '@/lib/server/params';
import { enforceRateLimit } from '@/lib/server/rate-limit';
import { deleteShareLink, getShareLink } from '@/lib/server/share-links';

export const dynamic = 'force-dynamic';

const LIMITS = { capacity: 60, perMinute: 60 };
const NOT_FOUND = 'This share link does not exist or has expired.';
const shareParams = idParams(SHARE_ID_PATTERN);

type Context = { params: Promise<{ id: string }> };

export function GET(request: Request, { params }: Context) {
  return handleApi(async () => {
    enforceRateLimit(request, 'share-read', LIMITS);
    const link = getShareLink((await routeParams(params, shareParams, NOT_FOUND)).id);
    if (!link) throw notFound(NOT_FOUND);
    return jsonResponse(link);
  });
}

export function DELETE(request: Request, { params }: Context) {
  return handleApi(async () => {
    enforceRateLimit(request, 'share-delete', LIMITS);
    const { id } = await routeParams(params, shareParams, NOT_FOUND);
    await readEmptyBody(request);
    if (!getShareLink(id)) throw notFound(NOT_FOUND);
    const token = request.headers.get('authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1];
    if (!token || !deleteShareLink(id, token)) {
      throw new ApiError(403, 'forbidden', 'The deletion token is missing or wrong for this link.');
    }
    return new Response(null, { status: 204, headers: API_HEADERS });
  });
}
