'use client';
/**
 * The UI's only door to the ingest worker: owns the worker and its state, and returns a
 * stable interface. Components never call postMessage.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { SerializedImportError } from '@/lib/ingest/import-error';
import type { IngestProgress } from '@/lib/ingest/progress';
import type { DroppedFile, ImportOutcome, IngestRequest, IngestResponse } from '@/workers/ingest/protocol';

export type ImporterState =
  | { status: 'idle' }
  | { status: 'running'; progress: IngestProgress | null; label: string }
  | { status: 'done'; outcome: ImportOutcome }
  | { status: 'error'; error: SerializedImportError };

export interface Importer {
  state: ImporterState;
  importFiles(files: DroppedFile[]): void;
  importDemo(): void;
  reanalyse(importId: string): void;
  cancel(): void;
  reset(): void;
}

const viewerTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export function useImporter(onComplete?: (outcome: ImportOutcome) => void): Importer {
  const queryClient = useQueryClient();
  const workerRef = useRef<Worker | null>(null);
  const onCompleteRef = useRef(onComplete);
  onCompleteRef.current = onComplete;
  const [state, setState] = useState<ImporterState>({ status: 'idle' });

  useEffect(() => {
    const worker = new Worker(new URL('../../workers/ingest/ingest.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = ({ data }: MessageEvent<IngestResponse>) => {
      if (data.status === 'progress') {
        setState((previous) => (previous.status === 'running' ? { ...previous, progress: data.progress } : previous));
      } else if (data.status === 'complete') {
        setState({ status: 'done', outcome: data.outcome });
        void queryClient.invalidateQueries();
        onCompleteRef.current?.(data.outcome);
      } else {
        setState({ status: 'error', error: data.error });
      }
    };
    worker.onerror = (event) => {
      setState({
        status: 'error',
        error: { code: 'internal', message: `The import worker crashed: ${event.message || 'unknown error'}.`, hint: 'Reload the page and try again. Your earlier data is untouched.' },
      });
    };
    workerRef.current = worker;
    return () => {
      worker.terminate();
      workerRef.current = null;
    };
  }, [queryClient]);

  const send = useCallback((request: IngestRequest, label: string) => {
    setState({ status: 'running', progress: null, label });
    workerRef.current?.postMessage(request);
  }, []);

  const importFiles = useCallback(
    (files: DroppedFile[]) => {
      const label = files.length === 1 ? files[0]!.path : `${files.length} files`;
      send({ type: 'import', files, timeZone: viewerTimeZone() }, label);
    },
    [send],
  );
  const importDemo = useCallback(() => send({ type: 'demo', timeZone: viewerTimeZone() }, 'demo export'), [send]);
  const reanalyse = useCallback(
    (importId: string) => send({ type: 'reanalyse', importId, timeZone: viewerTimeZone() }, 'your stored import'),
    [send],
  );
  const cancel = useCallback(() => workerRef.current?.postMessage({ type: 'cancel' } satisfies IngestRequest), []);
  const reset = useCallback(() => setState({ status: 'idle' }), []);

  return useMemo(() => ({ state, importFiles, importDemo, reanalyse, cancel, reset }), [state, importFiles, importDemo, reanalyse, cancel, reset]);
}
