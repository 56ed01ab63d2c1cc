/** The 1200×630 Open Graph image of a short link. Embeddable anywhere (CORP cross-origin), cached briefly. */
import { ImageResponse } from 'next/og';
import { handleApi, notFound } from '@/lib/server/http';
import { ogFonts } from '@/lib/server/og/fonts';
import { OG_HEIGHT, OG_WIDTH, SharePreview } from '@/lib/server/og/share-preview';
import { enforceRateLimit } from '@/lib/server/rate-limit';
import { getShareLink } from '@/lib/server/share-links';

export const dynamic = 'force-dynamic';

export function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleApi(async () => {
    enforceRateLimit(request, 'share-og', { capacity: 30, perMinute: 30 });
    const link = getShareLink((await params).id);
    if (!link) throw notFound('This share link does not exist or has expired.');
    const image = new ImageResponse(<SharePreview payload={link.payload} />, {
      width: OG_WIDTH,
      height: OG_HEIGHT,
      fonts: await ogFonts(),
      headers: {
        'Cache-Control': 'public, max-age=300',
        'Cross-Origin-Resource-Policy': 'cross-origin',
        'X-Content-Type-Options': 'nosniff',
      },
    });
    // Render before answering, so a failure is a 500 here rather than a broken 200 stream.
    return new Response(await image.arrayBuffer(), { status: 200, headers: image.headers });
  });
}
