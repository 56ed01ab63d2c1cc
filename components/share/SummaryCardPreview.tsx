'use client';
/** The summary card as it will be shared, redrawn by the art worker shortly after each change. */
import { useEffect, useState } from 'react';
import { useArt } from '@/components/art/useArt';
import { useDebouncedValue } from '@/components/ui/useDebouncedValue';
import { SHARE_CARD_DIMENSIONS, type ShareCardContent } from '@/lib/share/card-content';
import { useObjectUrl } from '@/components/ui/useObjectUrl';

type PreviewState = { status: 'drawing' } | { status: 'ready'; png: Blob; ms: number } | { status: 'error'; message: string };

export function SummaryCardPreview({ card }: { card: ShareCardContent }) {
  const art = useArt();
  const content = useDebouncedValue(card, 200);
  const [state, setState] = useState<PreviewState>({ status: 'drawing' });
  const url = useObjectUrl(state.status === 'ready' ? state.png : null);

  useEffect(() => {
    const controller = new AbortController();
    art
      .renderCard(content, 'preview', { signal: controller.signal })
      .then(({ png, ms }) => setState({ status: 'ready', png, ms }))
      .catch((error: Error) => {
        if (error.name !== 'AbortError') setState({ status: 'error', message: error.message });
      });
    return () => controller.abort();
  }, [art, content]);

  const { width, height } = SHARE_CARD_DIMENSIONS.preview;
  return (
    <figure className="space-y-2">
      <div className="relative overflow-hidden rounded-2xl bg-zinc-900 ring-1 ring-white/10" style={{ aspectRatio: `${width} / ${height}` }}>
        {url ? <img src={url} alt={`Summary card: ${content.headline}`} width={width} height={height} className="size-full" data-testid="share-preview-image" /> : null}
        {state.status === 'error' ? (
          <p role="alert" className="absolute inset-0 grid place-items-center bg-zinc-900/90 p-4 text-center text-sm text-rose-300">
            The preview could not be drawn: {state.message}
          </p>
        ) : null}
      </div>
      <figcaption className="text-xs text-zinc-400" aria-live="polite">
        {state.status === 'ready' ? `Summary card, ${width} × ${height}, drawn on this device in ${Math.round(state.ms)} ms.` : state.status === 'drawing' ? 'Drawing the summary card…' : null}
      </figcaption>
    </figure>
  );
}
