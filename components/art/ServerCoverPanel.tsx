'use client';
/**
 * The optional diffusion cover, offered only when this deployment has an engine. Nothing is
 * sent until the user asks; the on-device cover stays whatever happens here.
 */
import type { CoverParams } from '@/lib/art/params';
import type { WrappedFacts } from '@/lib/gen/facts';
import { useServerCover, useServerCoverEngine } from './useServerCover';

const BUTTON =
  'rounded-full bg-zinc-800 px-4 py-2 text-sm font-semibold text-zinc-100 ring-1 ring-white/10 transition hover:bg-zinc-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-fuchsia-400';

export function ServerCoverPanel({ facts, cover }: { facts: WrappedFacts; cover: CoverParams }) {
  const engine = useServerCoverEngine();
  const { state, start, stop } = useServerCover(facts, cover.style, cover.seed);
  if (!engine?.configured) return null;
  return (
    <section className="flex flex-col gap-3 rounded-2xl p-3 ring-1 ring-white/10" aria-label="Cover from this site’s image engine" data-testid="server-cover">
      <p className="text-sm text-zinc-400">
        This site can also paint a cover with its image engine ({engine.backend}). It receives your summary — style, colours, top topics, mood and
        persona — never your messages.
      </p>
      {state.status === 'working' ? (
        <div className="flex items-center gap-3" role="status">
          <span className="tabular-nums text-sm text-zinc-300">
            Painting{state.progress === null ? '…' : ` ${Math.round(state.progress * 100)}%`}
          </span>
          <button type="button" className={BUTTON} onClick={stop}>
            Stop
          </button>
        </div>
      ) : (
        <button type="button" className={`self-start ${BUTTON}`} onClick={() => void start()}>
          {state.status === 'done' ? 'Paint again' : 'Paint with the server'}
        </button>
      )}
      {state.status === 'error' ? (
        <p role="alert" className="text-sm text-rose-300">
          {state.message} Your on-device cover is unchanged.
        </p>
      ) : null}
      {state.status === 'done' ? (
        <a href={state.imageUrl} download={`ai-wrapped-${cover.style}-server.png`} className="block overflow-hidden rounded-2xl ring-1 ring-white/10">
          <img src={state.imageUrl} alt={`${cover.style} cover painted by the server’s image engine`} className="aspect-square w-full object-cover" />
        </a>
      ) : null}
    </section>
  );
}
