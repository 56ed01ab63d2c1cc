/** A finished cover's PNG. Immutable: the id is the hash of everything that made it. */
import { coverJobImage } from '@/lib/server/cover/jobs';
import { handleApi, notFound } from '@/lib/server/http';

export const dynamic = 'force-dynamic';

export function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleApi(async () => {
    const image = coverJobImage((await params).id);
    if (!image) throw notFound('No finished cover has this id.');
    return new Response(new Blob([image as Uint8Array<ArrayBuffer>], { type: 'image/png' }), {
      headers: {
        'Content-Type': 'image/png',
        'Cache-Control': 'private, max-age=31536000, immutable',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  });
}
