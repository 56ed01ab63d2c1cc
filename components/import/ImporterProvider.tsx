'use client';
/**
 * Owns the ingest worker for the whole app, so an import keeps saving while the user is
 * already watching their story. The worker is created on the first request (a page that
 * only shows stored results never starts one). `useImporter()` is the UI's only door to it.
 */
import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useLazyWorker } from '@/components/hooks/useLazyWorker';
import { wrappedQueryKeys, type ActiveAnalysis } from '@/components/hooks/useWrappedData';
import type { SerializedImportError } from '@/lib/ingest/import-error';
import { countOf } from '@/lib/view/language';
import type { DroppedFile, ImportOutcome, ImportProgress, IngestRequest, IngestResponse } from '@/workers/ingest/protocol';

export type ImporterState =
  | { status: 'idle' }
  /**
   * `analysisReady`: the story can be shown while the conversations are still being saved.
   * `progress`: the phase and what it counts (the file's bytes, or conversations); the view tells the time left.
   */
  | { status: 'running'; label: string; progress: ImportProgress | null; analysisReady: boolean }
  | { status: 'done'; outcome: ImportOutcome }
  | { status: 'error'; error: SerializedImportError };

export interface Importer {
  state: ImporterState;
  importFiles(files: DroppedFile[]): void;
  importDemo(): void;
  reanalyse(importId: string): void;
  cancel(): void;
  reset(): void;
  /** Called once per import when its Wrapped can be shown; returns an unsubscribe function. */
  onReady(listener: () => void): () => void;
}

const ImporterContext = createContext<Importer | null>(null);

export const viewerTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export function ImporterProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const readyListeners = useRef(new Set<() => void>());
  const [state, setState] = useState<ImporterState>({ status: 'idle' });

  const emitReady = useCallback(() => readyListeners.current.forEach((listener) => listener()), []);
  const onReady = useCallback((listener: () => void) => {
    readyListeners.current.add(listener);
    return () => {
      readyListeners.current.delete(listener);
    };
  }, []);

  const handleMessage = useCallback(
    (data: IngestResponse) => {
      switch (data.status) {
        case 'progress':
          setState((previous) => (previous.status === 'running' ? { ...previous, progress: data.progress } : previous));
          break;
        case 'analysis': {
          const early: ActiveAnalysis = {
            importRow: { id: data.importId, summary: data.analysis.source, importedAt: Date.now(), state: 'writing' },
            analysis: data.analysis,
          };
          queryClient.setQueryData(wrappedQueryKeys.activeAnalysis(), early);
          setState((previous) => (previous.status === 'running' ? { ...previous, analysisReady: true } : previous));
          emitReady();
          break;
        }
        case 'complete':
          setState({ status: 'done', outcome: data.outcome });
          void queryClient.invalidateQueries();
          // A cached re-import sends no early analysis: it is ready now.
          if (data.outcome.relation === 'same-file') emitReady();
          break;
        case 'error':
          setState({ status: 'error', error: data.error });
          void queryClient.invalidateQueries();
      }
    },
    [queryClient, emitReady],
  );

  const worker = useLazyWorker<IngestResponse>(
    () => new Worker(new URL('../../workers/ingest/ingest.worker.ts', import.meta.url), { type: 'module', name: 'ingest' }),
    handleMessage,
    (reason) =>
      setState({
        status: 'error',
        error: { code: 'internal', message: `The import worker crashed: ${reason}.`, hint: 'Reload the page and try again. Your earlier data is untouched.' },
      }),
  );

  // Closing the tab mid-save would lose the import: let the browser ask first.
  const saving = state.status === 'running';
  useEffect(() => {
    if (!saving) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [saving]);

  const send = useCallback(
    (request: IngestRequest, label: string) => {
      setState({ status: 'running', label, progress: null, analysisReady: false });
      worker.get().postMessage(request);
    },
    [worker],
  );

  // Actions keep their identity across progress updates, so effects that use them don't re-run.
  const actions = useMemo<Omit<Importer, 'state'>>(
    () => ({
      importFiles: (files) => send({ type: 'import', files, timeZone: viewerTimeZone() }, files.length === 1 ? files[0]!.path : countOf(files.length, 'file')),
      importDemo: () => send({ type: 'demo', timeZone: viewerTimeZone() }, 'demo export'),
      reanalyse: (importId) => send({ type: 'reanalyse', importId, timeZone: viewerTimeZone() }, 'your stored import'),
      cancel: () => worker.peek()?.postMessage({ type: 'cancel' } satisfies IngestRequest),
      reset: () => setState({ status: 'idle' }),
      onReady,
    }),
    [send, onReady],
  );
  const importer = useMemo<Importer>(() => ({ state, ...actions }), [state, actions]);

  return <ImporterContext.Provider value={importer}>{children}</ImporterContext.Provider>;
}

export function useImporter(): Importer {
  const importer = useContext(ImporterContext);
  if (!importer) throw new Error('useImporter must be used inside <ImporterProvider>.');
  return importer;
}
