'use client';
/** The period's cover art with its style and variation, the studio link, and sharing. */
import Link from 'next/link';
import { CoverArt } from '@/components/art/CoverArt';
import { Card } from '@/components/ui/Card';
import { ShareWrappedButton } from '@/components/wrapped/ShareWrappedButton';
import { StylePicker } from '@/components/wrapped/StylePicker';
import { useWrappedCreative } from '@/components/wrapped/WrappedCreative';
import { COVER_STYLES } from '@/lib/art/types';

export function CoverCard() {
  const { cover, look, update } = useWrappedCreative();
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
        <StylePicker label="Cover style" options={COVER_STYLES} value={look.coverStyle} onChange={(coverStyle) => update({ coverStyle })} />
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            onClick={() => update({ coverVariation: look.coverVariation + 1 })}
            className="rounded-full bg-zinc-800 px-4 py-2 text-sm font-semibold text-zinc-100 ring-1 ring-white/10 transition hover:bg-zinc-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-fuchsia-400"
          >
            Another variation
          </button>
          <ShareWrappedButton className="rounded-full bg-linear-to-r from-violet-500 via-fuchsia-500 to-amber-400 px-4 py-2 text-sm font-bold text-white transition hover:brightness-110 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white" />
        </div>
      </div>
    </Card>
  );
}
