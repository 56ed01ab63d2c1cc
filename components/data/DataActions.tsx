'use client';
/** "Download my data" and "Delete all my data", wherever stored data is shown. */
import { useState } from 'react';
import { ANALYSIS_VERSION } from '@/lib/analysis/types';
import { db } from '@/lib/store/db';
import { useImportActions, useStoredImports } from '@/components/hooks/useStoredImports';
import { readMlAnalysis } from '@/components/ml/mlQueries';
import { viewerTimeZone } from '@/components/import/ImporterProvider';
import { downloadJson } from './download';

const buttonClass =
  'rounded-xl border border-white/15 px-4 py-2 text-sm font-medium hover:bg-white/10 focus-visible:outline-2 focus-visible:outline-violet-400 disabled:opacity-50';

export function DataActions({ onDeleted }: { onDeleted?: () => void }) {
  const { data } = useStoredImports();
  const { removeAll } = useImportActions();
  const [confirming, setConfirming] = useState(false);
  const activeId = data?.activeId ?? null;

  const download = async () => {
    if (!activeId) return;
    const [row, ml] = await Promise.all([db().analyses.get([activeId, ANALYSIS_VERSION]), readMlAnalysis(activeId, viewerTimeZone())]);
    // The ML layer rides along under `ml` once computed, as in the CLI's JSON.
    if (row) downloadJson(ml ? { ...row.analysis, ml } : row.analysis, `ai-wrapped-${row.analysis.source.format}-${row.analysis.generatedAt.slice(0, 10)}.json`);
  };

  return (
    <div className="flex flex-wrap items-center gap-2">
      <button type="button" className={buttonClass} onClick={download} disabled={!activeId} data-testid="export-json">
        Download my data (JSON)
      </button>
      {confirming ? (
        <span className="flex items-center gap-2" role="group" aria-label="Confirm deleting all data">
          <span className="text-sm text-rose-300">Delete every import and result from this device?</span>
          <button
            type="button"
            className={`${buttonClass} border-rose-500/50 bg-rose-500/20`}
            data-testid="delete-data-confirm"
            onClick={() =>
              removeAll.mutate(undefined, {
                onSuccess: () => {
                  setConfirming(false);
                  onDeleted?.();
                },
              })
            }
          >
            Yes, delete
          </button>
          <button type="button" className={buttonClass} onClick={() => setConfirming(false)}>
            Keep
          </button>
        </span>
      ) : (
        <button type="button" className={`${buttonClass} text-rose-300`} onClick={() => setConfirming(true)} disabled={!data?.imports.length} data-testid="delete-data">
          Delete all my data
        </button>
      )}
    </div>
  );
}
