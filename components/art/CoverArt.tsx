'use client';
/**
 * A rendered cover: the PNG from the art worker with a loading state and an alt text that says
 * what it shows, a download of the PNG and, when `animated`, the 12-frame APNG (rendered on
 * request, with progress and cancel, then shown in place of the still and offered for
 * download). Data attributes carry the render's facts for tests and benchmarks.
 */
import type { CoverParams } from '@/lib/art/params';
import { countOf } from '@/lib/view/language';
import type { ArtBackend, CoverResult } from '@/workers/art/protocol';
import { useAnimation } from './useAnimation';
import { useArt } from './useArt';
import { downloadBlob } from '@/components/data/download';
import { useObjectUrl } from '@/components/ui/useObjectUrl';
import { useRendered } from './useRendered';

interface CoverArtProps {
  params: CoverParams;
  backend?: ArtBackend;
  /** The style's name as shown, for captions and labels. */
  label: string;
  /** Adds the animation controls. */
  animated?: boolean;
  className?: string;
}

const BUTTON =
  'rounded-full bg-white/10 px-3 py-1 font-semibold text-white transition hover:bg-white/20 disabled:opacity-40 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white';

export function coverFileName(params: CoverParams, suffix = ''): string {
  return `ai-wrapped-${params.style}-${params.seed}-v${params.variation}${suffix}.png`;
}

export function coverAlt(params: CoverParams): string {
  return `${params.style} cover art titled "${params.title}" (${params.subtitle}), with ${params.motif} motifs and ${countOf(params.orbs.length, 'orb')}, one per topic.`;
}

export function CoverArt({ params, backend, label, animated = false, className = '' }: CoverArtProps) {
  const art = useArt();
  const cover = useRendered<CoverResult>(JSON.stringify([params, backend ?? 'auto']), (signal) => art.renderCover(params, { backend, signal }));
  const result = cover.status === 'ready' ? cover.result : null;
  const url = useObjectUrl(result?.png ?? null);
  const animation = useAnimation(params, backend);
  const moving = animation.state.status === 'ready' ? animation.state.result : null;
  const movingUrl = useObjectUrl(moving?.blob ?? null);

  return (
    <figure
      className={`flex flex-col gap-3 ${className}`}
      data-testid={`cover-${params.style}`}
      data-state={cover.status}
      data-sha256={result?.sha256}
      data-width={result?.width}
      data-height={result?.height}
      data-backend={result?.backend}
      data-ms={result ? Math.round(result.ms) : undefined}
      data-seed={params.seed}
    >
      <div className="relative aspect-square overflow-hidden rounded-3xl bg-zinc-900 ring-1 ring-white/10" aria-busy={cover.status === 'loading'}>
        {movingUrl && moving ? (
          <img src={movingUrl} alt={`Animated: ${coverAlt(params)}`} className="size-full object-cover" />
        ) : url ? (
          <img src={url} alt={coverAlt(params)} className="size-full object-cover" />
        ) : null}
        {cover.status === 'loading' ? (
          <div className="absolute inset-0 grid place-items-center bg-zinc-950/40" role="status">
            <span className="size-8 animate-spin rounded-full border-4 border-white/10 border-t-fuchsia-400" aria-hidden="true" />
            <span className="sr-only">Drawing the {label} cover…</span>
          </div>
        ) : null}
        {cover.status === 'error' ? (
          <p role="alert" className="absolute inset-0 grid place-items-center p-4 text-center text-sm text-red-300">
            The {label} cover could not be drawn: {cover.message}
          </p>
        ) : null}
      </div>
      <figcaption className="flex flex-wrap items-center gap-2 text-sm text-zinc-400">
        <span className="font-semibold capitalize text-zinc-200">{label}</span>
        {result ? (
          <span title={result.backendReason}>
            {result.backend === 'webgl2' ? 'WebGL2' : 'Canvas2D'} · {Math.round(result.ms)} ms
          </span>
        ) : null}
        <span className="ml-auto flex flex-wrap items-center gap-2">
          <button type="button" className={BUTTON} disabled={!result} onClick={() => result && downloadBlob(result.png, coverFileName(params))}>
            PNG<span className="sr-only"> of the {label} cover</span>
          </button>
          {animated ? (
            <span
              className="flex items-center gap-2"
              data-testid="cover-animation"
              data-state={animation.state.status}
              data-frames={moving?.frames}
              data-width={moving?.width}
              data-height={moving?.height}
              data-ms={moving ? Math.round(moving.ms) : undefined}
            >
              {animation.state.status === 'running' ? (
                <>
                  <span role="status" className="tabular-nums">
                    Frame {animation.state.done}/{animation.state.total}
                  </span>
                  <button type="button" className={BUTTON} onClick={animation.cancel}>
                    Cancel
                  </button>
                </>
              ) : moving ? (
                <button type="button" className={BUTTON} onClick={() => downloadBlob(moving.blob, coverFileName(params, '-animated'))}>
                  APNG<span className="sr-only"> of the animated {label} cover</span>
                </button>
              ) : (
                <button type="button" className={BUTTON} onClick={animation.start} title={animation.state.status === 'error' ? animation.state.message : undefined}>
                  {animation.state.status === 'error' ? 'Retry animation' : 'Animate'}
                  <span className="sr-only"> the {label} cover</span>
                </button>
              )}
            </span>
          ) : null}
        </span>
      </figcaption>
      {animation.state.status === 'error' ? (
        <p role="alert" className="text-sm text-red-300">
          The animation failed: {animation.state.message}
        </p>
      ) : null}
    </figure>
  );
}
