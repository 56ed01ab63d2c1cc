/** The 1200×630 Open Graph image of a short link. Embeddable anywhere (CORP cross-origin), cached briefly by clients and in memory here. */
import { ImageResponse } from 'next/og';
import { API_HEADERS, handleApi, notFound } from '@/lib/server/http';
import { ogFonts } from '@/lib/server/og/fonts';
import { cachedOgImage } from '@/lib/server/og/image-cache';
import { OG_HEIGHT, OG_WIDTH, SharePreview } from '@/lib/server/og/share-preview';
import { idParams, routeParams, SHARE_ID_PATTERN } from '@/lib/server/params';
import { enforceRateLimit } from '@/lib/server/rate-limit';
import { getShareLink } from '@/lib/server/share-links';
import { displayStat } from '@/lib/share/cards';
import type { SharePayload } from '@/lib/share/payload';

export const dynamic = 'force-dynamic';

const NOT_FOUND = 'This share link does not exist or has expired.';

/** Stats as every renderer shows them: labels in the number of their value, models by name (older payloads said "1 messages sent" or a slug). */
const named = (payload: SharePayload): SharePayload => (payload.stats ? { ...payload, stats: payload.stats.map(displayStat) } : payload);

export function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleApi(async () => {
    enforceRateLimit(request, 'share-og', { capacity: 30, perMinute: 30 });
    const { id } = await routeParams(params, idParams(SHARE_ID_PATTERN), NOT_FOUND);
    const link = getShareLink(id);
    if (!link) throw notFound(NOT_FOUND);
    // Rendered before answering, so a failure is a 500 here rather than a broken 200 stream.
    const png = await cachedOgImage(id, async () =>
      new ImageResponse(<SharePreview payload={named(link.payload)} />, { width: OG_WIDTH, height: OG_HEIGHT, fonts: await ogFonts() }).arrayBuffer(),
    );
    return new Response(png, {
      headers: { ...API_HEADERS, 'Content-Type': 'image/png', 'Cache-Control': 'public, max-age=300', 'Cross-Origin-Resource-Policy': 'cross-origin' },
    });
  });
}
