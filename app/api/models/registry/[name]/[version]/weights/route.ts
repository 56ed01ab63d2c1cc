/** One registry version's head, in the shipped heads' JSON format (lib/ml/heads/format.ts). Revalidated on each use: a reset database reuses version numbers. */
import { API_HEADERS, handleApi, notFound } from '@/lib/server/http';
import { modelVersionParams, routeParams } from '@/lib/server/params';
import { enforceRateLimit } from '@/lib/server/rate-limit';
import { versionHead } from '@/lib/server/registry/store';

export const dynamic = 'force-dynamic';

const NOT_FOUND = 'The registry has no such model version.';

export function GET(request: Request, { params }: { params: Promise<{ name: string; version: string }> }) {
  return handleApi(async () => {
    enforceRateLimit(request, 'registry-weights', { capacity: 60, perMinute: 60 });
    const { name, version } = await routeParams(params, modelVersionParams, NOT_FOUND);
    const head = versionHead(name, version);
    if (!head) throw notFound(`Model "${name}" has no version ${version}.`);
    return new Response(head, { headers: { ...API_HEADERS, 'Content-Type': 'application/json', 'Cache-Control': 'no-cache' } });
  });
}
