/**
 * The training and pipeline routes' gate: 501 until TRAIN_API_TOKEN is set, then 401 unless the
 * request carries `Authorization: Bearer <token>`. Both sides are hashed first, so the
 * constant-time compare needs no length check that would leak the token's length.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { trainConfig, type TrainConfig } from '../config';
import { ApiError } from '../http';
import { idParams, RECORD_ID_PATTERN, routeParams } from '../params';
import { enforceRateLimit, type RateLimit } from '../rate-limit';

const NOT_CONFIGURED =
  'Server training is not configured: set TRAIN_API_TOKEN (at least 12 characters) and send it as "Authorization: Bearer <token>". Optional: QUEUE=bullmq with REDIS_URL to share jobs between instances.';

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/** Rate-limited before the token check, so guessing tokens is as slow as any other request. */
export function requireTrainAccess(request: Request, route: string, limits: RateLimit): TrainConfig {
  const config = trainConfig();
  if (!config) throw new ApiError(501, 'not_configured', NOT_CONFIGURED);
  enforceRateLimit(request, route, limits);
  const header = request.headers.get('authorization') ?? '';
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match || !timingSafeEqual(digest(match[1]!), digest(config.token))) {
    throw new ApiError(401, 'unauthorized', 'Send "Authorization: Bearer <TRAIN_API_TOKEN>" to use the training API.', { 'WWW-Authenticate': 'Bearer' });
  }
  return config;
}

const recordParams = idParams(RECORD_ID_PATTERN);

/** The `[id]` route parameter (a UUID), or 404 with `message` when it is not one (and so names no record). */
export async function recordId(params: Promise<{ id: string }>, message: string): Promise<string> {
  return (await routeParams(params, recordParams, message)).id;
}

export const READ_LIMIT: RateLimit = { capacity: 120, perMinute: 120 };
export const WRITE_LIMIT: RateLimit = { capacity: 20, perMinute: 20 };
