/** Creates an optional short link for a reviewed share payload; the creator gets its deletion token once. */
import { z } from 'zod';
import { sharePayloadSchema } from '@/lib/share/payload';
import { readJsonBody } from '@/lib/server/body';
import { SHARE_TTL_DAYS, serverEnv } from '@/lib/server/config';
import { handleApi, jsonResponse } from '@/lib/server/http';
import { enforceRateLimit } from '@/lib/server/rate-limit';
import { createShareLink, MAX_SHARE_PAYLOAD_BYTES } from '@/lib/server/share-links';

export const dynamic = 'force-dynamic';

const requestSchema = z.strictObject({
  payload: sharePayloadSchema,
  ttlDays: z.union(SHARE_TTL_DAYS.map((days) => z.literal(days))).optional(),
});

export function POST(request: Request) {
  return handleApi(async () => {
    enforceRateLimit(request, 'share-create', { capacity: 10, perMinute: 10 });
    const { payload, ttlDays } = await readJsonBody(request, requestSchema, MAX_SHARE_PAYLOAD_BYTES);
    const link = createShareLink(payload, ttlDays ?? serverEnv().SHARE_DEFAULT_TTL_DAYS);
    return jsonResponse({ id: link.id, url: `/s/${link.id}`, deleteToken: link.deleteToken, expiresAt: link.expiresAt }, 201);
  });
}
