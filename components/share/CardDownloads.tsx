'use client';
/**
 * Draws every card at both sizes in the art worker, one after another with progress and a
 * Cancel button, then lists them as downloads (browsers block a burst of automatic ones).
 */
import { useEffect, useRef, useState } from 'react';
import { useArt } from '@/components/art/useArt';
import { ProgressBar } from '@/components/ui/ProgressBar';
import { SHARE_CARD_DIMENSIONS, type ShareCardContent, type ShareCardSize } from '@/lib/share/card-content';
import { countOf } from '@/lib/view/language';

const SIZES: ShareCardSize[] = ['story', 'preview'];

interface RenderedCard {
  name: string;
  label: string;
  url: string;
}

type DownloadState =
  | { status: 'idle' }
  | { status: 'drawing'; done: number; total: number }
  | { status: 'ready'; files: RenderedCard[] }
  | { status: 'error'; message: string };

export function CardDownloads({ cards }: { cards: ShareCardContent[] }) {
  const art = useArt();
  const [state, setState] = useState<DownloadState>({ status: 'idle' });
  const controller = useRef<AbortController | null>(null);
  const urls = useRef<string[]>([]);

  const release = () => {
    for (const url of urls.current) URL.revokeObjectURL(url);
    urls.current = [];
  };
  // Cards drawn for an older selection are stale: drop them and stop any drawing.
  useEffect(() => {
    controller.current?.abort();
    release();
    setState({ status: 'idle' });
  }, [cards]);
  useEffect(
    () => () => {
      controller.current?.abort();
      release();
    },
    [],
  );

  const draw = async () => {
    release();
    const abort = new AbortController();
    controller.current = abort;
    const jobs = cards.flatMap((card) => SIZES.map((size) => ({ card, size })));
    const files: RenderedCard[] = [];
    setState({ status: 'drawing', done: 0, total: jobs.length });
    try {
      for (const [index, { card, size }] of jobs.entries()) {
        const { png } = await art.renderCard(card, size, { signal: abort.signal });
        const url = URL.createObjectURL(png);
        urls.current.push(url);
        const { width, height } = SHARE_CARD_DIMENSIONS[size];
        files.push({ name: `ai-wrapped-${card.id}-${size}.png`, label: `${card.id} · ${size === 'story' ? 'story' : 'link preview'} ${width}×${height}`, url });
        setState({ status: 'drawing', done: index + 1, total: jobs.length });
      }
      setState({ status: 'ready', files });
    } catch (error) {
      if ((error as Error).name === 'AbortError') setState({ status: 'idle' });
      else setState({ status: 'error', message: (error as Error).message });
    }
  };

  return (
    <div className="space-y-3" data-testid="share-downloads">
      {state.status === 'drawing' ? (
        <div className="space-y-2">
          <p className="text-sm text-zinc-300" aria-live="polite">
            Drawing card {Math.min(state.done + 1, state.total)} of {state.total}…
          </p>
          <ProgressBar value={state.done / state.total} label="Drawing share cards" />
          <button type="button" onClick={() => controller.current?.abort()} className="rounded-full px-4 py-1.5 text-sm text-zinc-300 ring-1 ring-white/20 hover:bg-white/10">
            Cancel
          </button>
        </div>
      ) : (
        <button type="button" onClick={draw} className="rounded-full bg-white/10 px-4 py-2 text-sm font-semibold text-white ring-1 ring-white/20 hover:bg-white/20" data-testid="share-download-cards">
          Download cards ({countOf(cards.length * SIZES.length, 'image')})
        </button>
      )}
      {state.status === 'error' ? (
        <p role="alert" className="text-sm text-rose-300">
          The cards could not be drawn: {state.message}
        </p>
      ) : null}
      {state.status === 'ready' ? (
        <ul className="grid gap-1 text-sm sm:grid-cols-2" aria-label="Share cards to download">
          {state.files.map((file) => (
            <li key={file.name}>
              <a href={file.url} download={file.name} className="text-fuchsia-300 underline underline-offset-2 hover:text-fuchsia-200">
                {file.label}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
