'use client';
/**
 * Keeps the active import's analysis current without re-reading the export: when it was
 * computed by an older analysis version, or in another time zone than the viewer's (hours and
 * days are local), it is recomputed from the stored conversations.
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { ANALYSIS_VERSION } from '@/lib/analysis/types';
import { db } from '@/lib/store/db';
import { viewerTimeZone, type Importer } from './ImporterProvider';

export function useAnalysisFreshness(activeId: string | null, importer: Importer): void {
  const analysedIn = useQuery({
    queryKey: ['analysis-time-zone', activeId, ANALYSIS_VERSION],
    enabled: !!activeId,
    // null: no analysis at the current version.
    queryFn: async () => (await db().analyses.get([activeId!, ANALYSIS_VERSION]))?.analysis.stats.timeZone ?? null,
  });
  const { state, reanalyse } = importer;
  useEffect(() => {
    if (!activeId || analysedIn.data === undefined || state.status !== 'idle') return;
    if (analysedIn.data !== viewerTimeZone()) reanalyse(activeId);
  }, [activeId, analysedIn.data, state.status, reanalyse]);
}
