'use client';
/**
 * The story's door to the ML analysis: one `useMlView()` for the whole story (it starts the
 * analysis when missing), shared by the ML slides through context. The ML slides never block
 * the story: until the analysis is there they show its progress, or the error with Retry.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { MlStatus } from '@/components/dashboard/ml/MlStatus';
import { useMlView, type MlView } from '@/components/dashboard/ml/useMlView';
import type { MlAnalysis } from '@/lib/ml/types';
import { SlideFrame } from '../SlideFrame';

/** Exported for rendering slides outside a page (the whole-pipeline test supplies a value). */
export const StoryMlContext = createContext<MlView | null>(null);

export function StoryMlProvider({ children }: { children: ReactNode }) {
  const ml = useMlView();
  return <StoryMlContext.Provider value={ml}>{children}</StoryMlContext.Provider>;
}

/** The story's ML view (null outside the story). */
export function useStoryMl(): MlView | null {
  return useContext(StoryMlContext);
}

interface MlSlideProps {
  kicker: string;
  /** Headline while the analysis is not there yet. */
  pendingHeadline: ReactNode;
  children: (analysis: MlAnalysis) => ReactNode;
}

/** Renders the slide from the analysis, or the progress / error state in the same frame. */
export function MlSlide({ kicker, pendingHeadline, children }: MlSlideProps) {
  const ml = useStoryMl();
  if (ml?.analysis) return children(ml.analysis);
  return (
    <SlideFrame kicker={kicker} headline={pendingHeadline}>
      {ml?.pending ? (
        <MlStatus pending={ml.pending} onCancel={ml.cancel} onRetry={ml.retry} tone="story" />
      ) : (
        <p className="text-lg text-white/85">This part of your Wrapped needs the on-device analysis.</p>
      )}
      <p className="mt-auto text-sm text-white/85">The rest of your story doesn’t wait for it: keep tapping through.</p>
    </SlideFrame>
  );
}
