'use client';
/** The period's cover art with its style and variation, the studio link, and sharing. */
import Link from 'next/link';
import { CoverArt } from '@/components/art/CoverArt';
import { ServerCoverPanel } from '@/components/art/ServerCoverPanel';
import { Card } from '@/components/ui/Card';
import { ShareWrappedButton } from '@/components/wrapped/ShareWrappedButton';
import { CoverControls } from '@/components/wrapped/CoverControls';
import { useWrappedCreative } from '@/components/wrapped/WrappedCreative';

export function CoverCard() {
  const { cover, facts } = useWrappedCreative();
  return (
    <Card
      title="Cover art"
      caption="Drawn on this device from your emotions, topics and persona."
      action={
        <Link href="/art" className="text-sm font-semibold text-fuchsia-300 hover:text-fuchsia-200 focus-visible:outline-2 focus-visible:outline-fuchsia-400">
          Studio →
        </Link>
      }
    >
      <div className="flex flex-col gap-4">
        <CoverArt params={cover} label={cover.style} animated />
        <CoverControls tone="page" />
        <ServerCoverPanel facts={facts} cover={cover} />
        <div className="flex flex-wrap gap-2">
          <ShareWrappedButton className="rounded-full bg-linear-to-r from-violet-500 via-fuchsia-500 to-amber-400 px-4 py-2 text-sm font-bold text-white transition hover:brightness-110 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white" />
        </div>
      </div>
    </Card>
  );
}
