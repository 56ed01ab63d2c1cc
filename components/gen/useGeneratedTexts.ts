'use client';
/**
 * The generated words of one Wrapped, from the generation worker: keyed by a hash of the facts,
 * the style, the seed and the engine, so a "regenerate" (a new seed) is a new query and going
 * back to an earlier seed is instant. `progress` reports hub model downloads and writing.
 */
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { WrappedFacts } from '@/lib/gen/facts';
import type { GenProgress, GenResult } from '@/lib/gen/run';
import type { TextEngine, TextStyle } from '@/lib/gen/types';
import { reportProblem } from '@/components/diagnostics/problemLog';
import { useGen } from './GenProvider';

export interface GeneratedTextsOptions {
  style: TextStyle;
  seed: number;
  /** Defaults to the offline templates. */
  engine?: TextEngine;
}

/** FNV-1a over the facts' JSON: a short, stable query key (facts are built in a fixed key order). */
export function factsHash(facts: WrappedFacts): string {
  let hash = 0x811c9dc5;
  const json = JSON.stringify(facts);
  for (let i = 0; i < json.length; i++) hash = Math.imul(hash ^ json.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

export const genQueryKeys = {
  texts: (facts: WrappedFacts, { style, seed, engine = 'template' }: GeneratedTextsOptions) => ['generated-texts', factsHash(facts), style, seed, engine] as const,
};

/**
 * When the writer fails (a worker crash, facts it refused), the built-in template words are
 * written here instead: a person never sees an exception. The error goes to the console and
 * the diagnostics on /models. Only if the templates fail too does the query fail.
 */
export async function templateFallback(facts: WrappedFacts, { style, seed }: GeneratedTextsOptions, error: unknown): Promise<GenResult> {
  const started = performance.now();
  // Loaded only when needed: the banks otherwise live in the gen worker's bundle alone.
  const { checkedTemplateTexts } = await import('@/lib/gen/generate');
  try {
    const { texts, rejected } = checkedTemplateTexts(facts, { style, seed });
    reportProblem('Generated words', 'the built-in words were shown instead', error);
    return { texts, rejected, ms: performance.now() - started };
  } catch (templateError) {
    reportProblem('Generated words', 'no words could be shown', templateError);
    throw templateError;
  }
}

export function useGeneratedTexts(facts: WrappedFacts | null, options: GeneratedTextsOptions) {
  const gen = useGen();
  const [progress, setProgress] = useState<GenProgress | null>(null);
  const engine = options.engine ?? 'template';
  const query = useQuery({
    queryKey: facts ? genQueryKeys.texts(facts, options) : ['generated-texts', null],
    queryFn: async ({ signal }) => {
      setProgress(null);
      try {
        return await gen.generate({ facts: facts!, style: options.style, seed: options.seed, engine }, { signal, onProgress: setProgress });
      } catch (error) {
        if (signal.aborted) throw error;
        return await templateFallback(facts!, options, error);
      } finally {
        setProgress(null);
      }
    },
    enabled: facts !== null,
    staleTime: Infinity,
  });
  return { ...query, progress };
}
