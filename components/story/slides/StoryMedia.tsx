'use client';
/**
 * The story's door to the on-device media analysis: one `useMediaAnalysis()` for the whole story
 * (it starts the run once the text analysis is done), shared by the image and voice slides.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { useMediaAnalysis } from '@/components/media/useMediaAnalysis';

type StoryMedia = ReturnType<typeof useMediaAnalysis>;

const StoryMediaContext = createContext<StoryMedia | null>(null);

export function StoryMediaProvider({ children }: { children: ReactNode }) {
  const media = useMediaAnalysis();
  return <StoryMediaContext.Provider value={media}>{children}</StoryMediaContext.Provider>;
}

export function useStoryMedia(): StoryMedia | null {
  return useContext(StoryMediaContext);
}
