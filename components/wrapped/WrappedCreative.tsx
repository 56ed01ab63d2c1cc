'use client';
/**
 * The generated layer of one Wrapped view: its facts (from the period and, once done, the ML
 * analysis), the user's creative choices, and the words written from them. One provider per
 * page; slides and cards read it through `useWrappedCreative()`.
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useGeneratedTexts } from '@/components/gen/useGeneratedTexts';
import { coverParams, type CoverParams } from '@/lib/art/params';
import { buildWrappedFacts, type WrappedFacts } from '@/lib/gen/facts';
import type { GeneratedTexts, GroundingIssue } from '@/lib/gen/types';
import type { WrappedView } from '@/lib/view/wrapped-view';
import { useWrappedLook, type WrappedLookApi } from './useWrappedLook';

export interface WrappedCreative extends WrappedLookApi {
  facts: WrappedFacts;
  /** The cover in the chosen style, variation and seed (the same one the /art studio shows). */
  cover: CoverParams;
  texts: GeneratedTexts | null;
  textsPending: boolean;
  textsError: Error | null;
  /** Why a chosen upgrade engine did not write the words shown (e.g. the server is not configured). */
  fallbackReason: string | null;
  /** Texts an upgrade engine wrote that the grounding checker threw out. */
  rejected: GroundingIssue[];
}

/** Exported for rendering slides outside a page (the whole-pipeline test supplies a value). */
export const WrappedCreativeContext = createContext<WrappedCreative | null>(null);

export function WrappedCreativeProvider({ view, children }: { view: WrappedView; children: ReactNode }) {
  const lookApi = useWrappedLook();
  const { look } = lookApi;
  const facts = useMemo(() => buildWrappedFacts(view), [view]);
  const cover = useMemo(
    () => coverParams(facts, look.coverStyle, look.coverSeed, look.coverVariation),
    [facts, look.coverStyle, look.coverSeed, look.coverVariation],
  );
  const generated = useGeneratedTexts(facts, { style: look.textStyle, seed: look.textSeed, engine: look.textEngine });
  const value = useMemo<WrappedCreative>(
    () => ({
      ...lookApi,
      facts,
      cover,
      texts: generated.data?.texts ?? null,
      textsPending: generated.isPending,
      textsError: generated.error ?? null,
      fallbackReason: generated.data?.fallbackReason ?? null,
      rejected: generated.data?.rejected ?? [],
    }),
    [lookApi, facts, cover, generated.data, generated.isPending, generated.error],
  );
  return <WrappedCreativeContext.Provider value={value}>{children}</WrappedCreativeContext.Provider>;
}

export function useWrappedCreative(): WrappedCreative {
  const value = useContext(WrappedCreativeContext);
  if (!value) throw new Error('useWrappedCreative() needs a <WrappedCreativeProvider> above it.');
  return value;
}
