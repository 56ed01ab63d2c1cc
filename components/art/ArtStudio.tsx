'use client';
/**
 * /art, the cover art studio: the Wrapped's cover in all five styles, drawn on this device from
 * the stored analysis. Pick a style, flip through its variations or deal a new seed, switch the
 * renderer, animate it, and download the cover, its APNG and its two share cards.
 */
import { useMemo, useState } from 'react';
import { coverCardContent } from '@/lib/art/cover-card';
import { coverParams } from '@/lib/art/params';
import { COVER_STYLES } from '@/lib/art/types';
import type { PeriodKey } from '@/lib/view/period';
import { EmptyState } from '@/components/ui/EmptyState';
import { LoadingScreen } from '@/components/ui/LoadingScreen';
import { PageHeader } from '@/components/ui/PageHeader';
import { useWrappedLook } from '@/components/wrapped/useWrappedLook';
import { CoverArt } from './CoverArt';
import { CardPreview } from './CardPreview';
import { StudioControls, type StudioChoice } from './StudioControls';
import { useCoverFacts } from './useCoverFacts';

export function ArtStudio() {
  const [period, setPeriod] = useState<PeriodKey | null>(null);
  // Style, variation and seed are the Wrapped's own cover choices (story, dashboard, share cards);
  // the renderer is a studio-only experiment.
  const { look, loaded: lookLoaded, update } = useWrappedLook();
  const [backendChoice, setBackendChoice] = useState<StudioChoice['backend']>('auto');
  const choice: StudioChoice = { style: look.coverStyle, variation: look.coverVariation, seed: look.coverSeed, backend: backendChoice };
  const setChoice = (next: StudioChoice) => {
    setBackendChoice(next.backend);
    update({ coverStyle: next.style, coverVariation: next.variation, coverSeed: next.seed });
  };
  const loaded = useCoverFacts(period);
  const facts = loaded.status === 'ready' ? loaded.facts : null;
  // One params object per style, the variation applied to the chosen one only.
  const covers = useMemo(
    () => (facts ? COVER_STYLES.map((style) => coverParams(facts, style, choice.seed, style === choice.style ? choice.variation : 0)) : []),
    [facts, choice.seed, choice.style, choice.variation],
  );

  if (loaded.status === 'loading' || !lookLoaded) return <LoadingScreen label="Loading your Wrapped…" />;
  if (loaded.status === 'empty') return <EmptyState />;
  const selected = covers.find((params) => params.style === choice.style)!;
  const others = covers.filter((params) => params.style !== choice.style);
  const backend = choice.backend === 'auto' ? undefined : choice.backend;
  const card = coverCardContent(loaded.facts, selected);

  return (
    <main className="mx-auto flex max-w-7xl flex-col gap-6 px-4 py-6 sm:px-6 lg:py-10" data-testid="art-studio" data-facts={loaded.withMl ? 'ml' : 'stats'}>
      <PageHeader current="/art" title="Cover art studio">
        <p className="-mt-3 text-sm text-zinc-400">
          Generative covers drawn by your GPU from your Wrapped&apos;s numbers: colours from your emotions, shapes from your topics and persona. The cover you pick here is the one your story, dashboard and share cards use. Nothing leaves this device.
          {loaded.withMl ? null : ' Topics and emotions join once the on-device analysis finishes.'}
        </p>
      </PageHeader>
      <StudioControls choice={choice} onChange={setChoice} period={loaded.period} periods={loaded.options} onPeriodChange={setPeriod} />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <CoverArt params={selected} backend={backend} label={selected.style} animated />
        <section aria-label="Share cards" className="grid grid-cols-[minmax(0,9fr)_minmax(0,16fr)] items-start gap-4 lg:grid-cols-1">
          <CardPreview content={card} size="story" background={selected} />
          <CardPreview content={card} size="preview" background={selected} />
        </section>
      </div>
      <section aria-label="The other styles" className="grid grid-cols-2 gap-4 md:grid-cols-4">
        {others.map((params) => (
          <div key={params.style} className="flex flex-col gap-2">
            <CoverArt params={params} backend={backend} label={params.style} />
            <button
              type="button"
              onClick={() => setChoice({ ...choice, style: params.style, variation: 0 })}
              className="rounded-full bg-white px-4 py-2 text-sm font-bold capitalize text-zinc-900 transition hover:scale-105 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white"
            >
              Use {params.style}
            </button>
          </div>
        ))}
      </section>
    </main>
  );
}
