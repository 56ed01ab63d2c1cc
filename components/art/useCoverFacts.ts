'use client';
/** The active import's Wrapped facts for one period, with the ML layer once it is there. */
import { useMemo } from 'react';
import { buildWrappedFacts, type WrappedFacts } from '@/lib/gen/facts';
import { wrappedViewOf } from '@/lib/view/wrapped-view';
import { defaultPeriod, periodOptions, selectPeriod, type PeriodKey, type PeriodOption } from '@/lib/view/period';
import { useActiveAnalysis } from '@/components/hooks/useWrappedData';
import { useMlAnalysis } from '@/components/ml/mlQueries';

export interface CoverFacts {
  facts: WrappedFacts;
  period: PeriodKey;
  options: PeriodOption[];
  /** False while the ML layer is still computing (covers then use the persona's hue and no topics). */
  withMl: boolean;
}

export function useCoverFacts(period: PeriodKey | null): { status: 'loading' } | { status: 'empty' } | ({ status: 'ready' } & CoverFacts) {
  const active = useActiveAnalysis();
  const ml = useMlAnalysis();
  const analysis = active.data?.analysis ?? null;
  const mlAnalysis = ml.analysis;
  return useMemo(() => {
    if (active.isPending) return { status: 'loading' as const };
    if (!analysis) return { status: 'empty' as const };
    const key = period ?? defaultPeriod(analysis);
    const view = selectPeriod(analysis, key);
    return {
      status: 'ready' as const,
      facts: buildWrappedFacts(wrappedViewOf(view, mlAnalysis)),
      period: key,
      options: periodOptions(analysis),
      withMl: mlAnalysis !== null,
    };
  }, [active.isPending, analysis, mlAnalysis, period]);
}
