/** One registry version's head, in the shipped heads' JSON format (lib/ml/heads/format.ts). Revalidated on each use: a reset database reuses version numbers. */
import { handleApi, jsonResponse, notFound } from '@/lib/server/http';
import { enforceRateLimit } from '@/lib/server/rate-limit';
import { versionHead } from '@/lib/server/registry/store';

export const dynamic = 'force-dynamic';

export function GET(request: Request, { params }: { params: Promise<{ name: string; version: string }> }) {
  return handleApi(async () => {
    enforceRateLimit(request, 'registry-weights', { capacity: 60, perMinute: 60 });
    const { name, version } = await params;
    const number = /^[1-9]\d{0,8}$/.test(version) ? Number(version) : NaN;
    const head = Number.isInteger(number) ? versionHead(name, number) : null;
    if (!head) throw notFound(`Model "${name}" has no version ${version}.`);
    return new Response(head, { headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' } });
  });
}
