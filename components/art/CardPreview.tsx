'use client';
/** One share card of the chosen cover at its exact size, shown scaled down, with a download. */
import type { CoverParams } from '@/lib/art/params';
import { SHARE_CARD_DIMENSIONS, type ShareCardContent, type ShareCardSize } from '@/lib/share/card-content';
import type { CardResult } from '@/workers/art/protocol';
import { useArt } from './useArt';
import { downloadBlob } from '@/components/data/download';
import { useObjectUrl } from '@/components/ui/useObjectUrl';
import { useRendered } from './useRendered';

const LABELS: Record<ShareCardSize, string> = { story: 'Story card', preview: 'Link preview card' };

export function CardPreview({ content, size, background }: { content: ShareCardContent; size: ShareCardSize; background: CoverParams }) {
  const art = useArt();
  const card = useRendered<CardResult>(JSON.stringify([content, size, background]), (signal) => art.renderCard(content, size, { background, signal }));
  const result = card.status === 'ready' ? card.result : null;
  const url = useObjectUrl(result?.png ?? null);
  const { width, height } = SHARE_CARD_DIMENSIONS[size];
  return (
    <figure
      className="flex flex-col gap-2"
      data-testid={`card-${size}`}
      data-state={card.status}
      data-width={result?.width}
      data-height={result?.height}
      data-sha256={result?.sha256}
      data-ms={result ? Math.round(result.ms) : undefined}
    >
      <div className="overflow-hidden rounded-2xl bg-zinc-900 ring-1 ring-white/10" style={{ aspectRatio: `${width} / ${height}` }} aria-busy={card.status === 'loading'}>
        {url ? <img src={url} alt={`${LABELS[size]}: ${content.eyebrow}, ${content.headline}. ${content.caption ?? ''}`} className="size-full" /> : null}
        {card.status === 'error' ? (
          <p role="alert" className="p-4 text-sm text-red-300">
            The card could not be drawn: {card.message}
          </p>
        ) : null}
      </div>
      <figcaption className="flex items-center gap-2 text-sm text-zinc-400">
        <span className="font-semibold text-zinc-200">{LABELS[size]}</span>
        <span>
          {width}×{height}
        </span>
        {card.status === 'loading' ? <span role="status">Drawing…</span> : null}
        <button
          type="button"
          className="ml-auto rounded-full bg-white/10 px-3 py-1 font-semibold text-white hover:bg-white/20 disabled:opacity-40 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white"
          disabled={!result}
          onClick={() => result && downloadBlob(result.png, `ai-wrapped-${content.id}-${size}.png`)}
        >
          PNG<span className="sr-only"> of the {LABELS[size].toLowerCase()}</span>
        </button>
      </figcaption>
    </figure>
  );
}
