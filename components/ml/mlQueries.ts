'use client';
/**
 * Reads of the stored ML analysis, and the effect that starts one when an import has none
 * for this ML version and time zone (stats show first; the ML slides fill in).
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { ML_ANALYSIS_VERSION, type MlAnalysis } from '@/lib/ml/types';
import { db } from '@/lib/store/db';
import { viewerTimeZone } from '@/components/import/ImporterProvider';
import { useActiveAnalysis } from '@/components/hooks/useWrappedData';
import { useMl } from './MlProvider';

export const mlQueryKeys = {
  analysis: (importId: string, timeZone: string) => ['wrapped', 'ml-analysis', importId, timeZone] as const,
};

export async function readMlAnalysis(importId: string, timeZone: string): Promise<MlAnalysis | null> {
  const row = await db().mlAnalyses.get([importId, ML_ANALYSIS_VERSION, timeZone]);
  return row?.analysis ?? null;
}

/** The active import's ML analysis; starts computing it once when it is missing. */
export function useMlAnalysis() {
  const active = useActiveAnalysis();
  const importRow = active.data?.importRow;
  const importId = importRow?.state === 'complete' ? importRow.id : null;
  const timeZone = viewerTimeZone();
  const ml = useMl();
  const query = useQuery({
    queryKey: mlQueryKeys.analysis(importId ?? '', timeZone),
    queryFn: () => readMlAnalysis(importId!, timeZone),
    enabled: Boolean(importId),
  });
  const started = useRef<string | null>(null);
  const missing = Boolean(importId) && query.isSuccess && query.data === null;
  const { analyse } = ml;
  useEffect(() => {
    if (!missing || !importId || started.current === importId) return;
    started.current = importId;
    analyse(importId);
  }, [missing, importId, analyse]);
  // A crashed worker reports no import: it concerns whichever import is shown.
  const runningHere = ml.state.status !== 'idle' && 'importId' in ml.state && (ml.state.importId === importId || ml.state.importId === null);
  return { importId, analysis: query.data ?? null, state: runningHere ? ml.state : ({ status: 'idle' } as const), device: ml.device, retry: () => importId && analyse(importId), cancel: ml.cancel };
}
