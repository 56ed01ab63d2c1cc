import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { SharedWrapped } from '@/components/share/SharedWrapped';
import { getShareLink } from '@/lib/server/share-links';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ id: string }> };

/** Crawlers need absolute image URLs: the origin this page was requested on (through the deployer's proxy). */
async function requestOrigin(): Promise<URL | undefined> {
  const request = await headers();
  const host = request.get('x-forwarded-host') ?? request.get('host');
  const protocol = request.get('x-forwarded-proto')?.split(',')[0]?.trim() ?? 'http';
  try {
    return host ? new URL(`${protocol}://${host}`) : undefined;
  } catch {
    return undefined;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const link = getShareLink(id);
  if (!link) return { title: 'Share link not found — AI Wrapped', robots: { index: false } };
  const { payload } = link;
  const title = payload.persona ? `${payload.title}: ${payload.persona.name}` : payload.title;
  const description = payload.tagline ?? 'A summary of a year with AI, made with AI Wrapped.';
  const image = { url: `/api/share/${encodeURIComponent(id)}/og`, width: 1200, height: 630, alt: title };
  return {
    metadataBase: await requestOrigin(),
    title,
    description,
    robots: { index: false },
    openGraph: { title, description, type: 'website', images: [image] },
    twitter: { card: 'summary_large_image', title, description, images: [image.url] },
  };
}

export default async function ShortLinkPage({ params }: Props) {
  const link = getShareLink((await params).id);
  if (!link) notFound();
  return <SharedWrapped payload={link.payload} />;
}
