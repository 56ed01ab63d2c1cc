/** The model registry (public): every model's versions with metrics, dataset, encoder, deployed flag and weights URL. */
import { handleApi, jsonResponse } from '@/lib/server/http';
import { enforceRateLimit } from '@/lib/server/rate-limit';
import { listRegistry } from '@/lib/server/registry/store';

export const dynamic = 'force-dynamic';

export function GET(request: Request) {
  return handleApi(async () => {
    enforceRateLimit(request, 'registry', { capacity: 60, perMinute: 60 });
    return jsonResponse({ models: listRegistry() });
  });
}
