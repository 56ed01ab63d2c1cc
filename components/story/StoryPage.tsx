'use client';
/** /wrapped: loads the active analysis and plays its story for the chosen period. */
import { useMemo, useState } from 'react';
import { useActiveAnalysis } from '@/components/hooks/useWrappedData';
import { useCustomHead } from '@/components/train/useTrainingStore';
import { EmptyState } from '@/components/ui/EmptyState';
import { LoadingScreen } from '@/components/ui/LoadingScreen';
import { defaultPeriod, periodOptions, selectPeriod, type PeriodKey } from '@/lib/view/period';
import { SaveStatus } from '@/components/import/SaveStatus';
import { WrappedCreativeProvider } from '@/components/wrapped/WrappedCreative';
import type { PeriodView } from '@/lib/view/period';
import { wrappedViewOf, type WrappedView } from '@/lib/view/wrapped-view';
import { StoryMediaProvider } from './slides/StoryMedia';
import { StoryMlProvider, useStoryMl } from './slides/StoryMl';
import { Story } from './Story';

export function StoryPage() {
  const { data, isPending, isError } = useActiveAnalysis();
  const [period, setPeriod] = useState<PeriodKey | null>(null);
  // `?autoplay=0` starts paused (handy for screenshots and tests). Only read on the client,
  // where the page renders nothing but the loading screen until the data is there.
  const [startPaused] = useState(
    () => typeof window !== 'undefined' && new URLSearchParams(window.location.search).get('autoplay') === '0',
  );
  const analysis = data?.analysis ?? null;
  const customHead = useCustomHead(data?.importRow.id ?? null);
  const view = useMemo(
    () => (analysis ? selectPeriod(analysis, period ?? defaultPeriod(analysis)) : null),
    [analysis, period],
  );

  if (isPending) return <LoadingScreen label="Unwrapping…" />;
  if (isError || !analysis || !view) return (
      <>
        {/* A first import that failed while saving says why here too. */}
        <SaveStatus />
        <EmptyState />
      </>
    );

  return (
    <StoryMlProvider>
      <StoryMediaProvider>
        <StoryCreative period={view}>
          {(wrapped) => (
            <Story
              analysis={analysis}
              view={wrapped}
              options={periodOptions(analysis)}
              onPeriodChange={setPeriod}
              startPaused={startPaused}
              customCategories={Boolean(customHead.data)}
            />
          )}
        </StoryCreative>
      </StoryMediaProvider>
      <SaveStatus />
    </StoryMlProvider>
  );
}

/** The period's view model, with the ML layer (and so the words and art) as soon as it lands. */
function StoryCreative({ period, children }: { period: PeriodView; children: (view: WrappedView) => React.ReactNode }) {
  const ml = useStoryMl()?.analysis ?? null;
  const view = useMemo(() => wrappedViewOf(period, ml), [period, ml]);
  return <WrappedCreativeProvider view={view}>{children(view)}</WrappedCreativeProvider>;
}
