'use client';
/**
 * The active import's ML analysis plus what to show while it is missing. Call it once per
 * page (it starts the analysis when none is stored) and pass the result down.
 */
import { useMemo } from 'react';
import { useMl, type MlState } from '@/components/ml/MlProvider';
import { useMlAnalysis } from '@/components/ml/mlQueries';
import type { MlAnalysis } from '@/lib/ml/types';

export type MlPending =
  /** The import is still being saved, or the stored analysis is being read. */
  | { kind: 'waiting' }
  | { kind: 'running'; state: Extract<MlState, { status: 'running' }> }
  | { kind: 'cancelled' }
  | { kind: 'error'; error: { code: string; message: string; hint?: string } };

export interface MlView {
  importId: string | null;
  analysis: MlAnalysis | null;
  /** Why the analysis is not there (null when it is). */
  pending: MlPending | null;
  /** True while a newer run is going on even though an analysis is shown. */
  refreshing: boolean;
  retry: () => void;
  cancel: () => void;
}

export function useMlView(): MlView {
  const { importId, analysis, state, retry, cancel } = useMlAnalysis();
  const global = useMl().state;
  return useMemo(() => {
    // A crashed worker reports no import: it concerns this page too.
    const effective: MlState = state.status === 'idle' && global.status === 'error' && global.importId === null ? global : state;
    let pending: MlPending | null = null;
    if (!analysis) {
      if (effective.status === 'running') pending = { kind: 'running', state: effective };
      else if (effective.status === 'error') pending = { kind: 'error', error: effective.error };
      else if (effective.status === 'cancelled') pending = { kind: 'cancelled' };
      else pending = { kind: 'waiting' };
    }
    return {
      importId,
      analysis,
      pending,
      refreshing: Boolean(analysis) && effective.status === 'running',
      retry: () => {
        retry();
      },
      cancel,
    };
  }, [importId, analysis, state, global, retry, cancel]);
}
