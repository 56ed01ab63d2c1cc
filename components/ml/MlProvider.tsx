'use client';
/**
 * Owns the ML worker for the whole app. `useMl()` is the UI's only door to it: it starts the
 * ML analysis of an import (automatically once its conversations are stored), reports progress
 * and the device in use, cancels, and answers search, similar-conversation, benchmark and
 * training requests (label suggestions, custom categories, sentiment adaptation). The worker is created on the first request only.
 */
import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { SerializedImportError } from '@/lib/ingest/import-error';
import type { DeviceChoice, DevicePreference } from '@/lib/ml/device';
import type { SearchHit } from '@/lib/ml/search';
import type { BenchRow, MlProgress, MlRequest, MlResponse, SimilarConversation } from '@/workers/ml/protocol';
import type { AdaptItem, Suggestions, TrainBenchRow } from '@/workers/ml/train-protocol';
import type { AdaptedHead, CustomTrainReport } from '@/lib/custom/types';
import type { ActiveStrategy } from '@/lib/train/active/types';
import type { EnsembleMethod } from '@/lib/train/ensemble/combine';
import type { ModelKind } from '@/lib/train';
import { useLazyWorker } from '@/components/hooks/useLazyWorker';
import { useImporter, viewerTimeZone } from '@/components/import/ImporterProvider';
import { mlQueryKeys } from './mlQueries';

export type MlState =
  | { status: 'idle' }
  | { status: 'running'; importId: string; progress: MlProgress | null }
  | { status: 'done'; importId: string }
  | { status: 'cancelled'; importId: string }
  | { status: 'error'; importId: string | null; error: SerializedImportError };

export interface Ml {
  state: MlState;
  device: DeviceChoice | null;
  analyse(importId: string, preference?: DevicePreference): void;
  cancel(): void;
  search(importId: string, query: string, limit?: number): Promise<SearchHit[]>;
  similar(importId: string, conversationId: string, limit?: number): Promise<SimilarConversation[]>;
  bench(importId: string | null): Promise<BenchRow[]>;
  /** The next conversations to label, by `strategy`, leaving out `exclude` (skipped ones). */
  suggest(importId: string, strategy: ActiveStrategy, batch: number, exclude?: string[]): Promise<Suggestions>;
  /** Trains the stored categories on the stored labels; the head and every conversation's category are stored. */
  trainCategories(importId: string, model: ModelKind, method: EnsembleMethod): Promise<CustomTrainReport>;
  /** The shipped sentiment head's (and the adapted head's) guesses on conversations to correct. */
  adaptPreview(importId: string, limit?: number): Promise<AdaptItem[]>;
  /** Adapts the sentiment head to the stored corrections; stored and used by the next analysis. */
  adapt(importId: string): Promise<AdaptedHead>;
  benchTraining(sizes: number[]): Promise<TrainBenchRow[]>;
}

type Pending = { resolve: (value: never) => void; reject: (error: Error) => void };
type RequestWithId = Extract<MlRequest, { requestId: number }>;
type Distribute<T> = T extends unknown ? Omit<T, 'requestId'> : never;

const MlContext = createContext<Ml | null>(null);

export function MlProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const pending = useRef(new Map<number, Pending>());
  const nextId = useRef(1);
  const preferenceRef = useRef<DevicePreference | null>(null);
  /** The import being analysed now: pages that mount while it runs must not restart it. */
  const runningImport = useRef<string | null>(null);
  const [state, setState] = useState<MlState>({ status: 'idle' });
  const [device, setDevice] = useState<DeviceChoice | null>(null);

  const handleMessage = useCallback(
    (data: MlResponse) => {
      switch (data.status) {
        case 'device':
          setDevice(data.device);
          break;
        case 'progress':
          setState({ status: 'running', importId: data.importId, progress: data.progress });
          break;
        case 'complete':
          runningImport.current = null;
          queryClient.setQueryData(mlQueryKeys.analysis(data.importId, viewerTimeZone()), data.analysis);
          setState({ status: 'done', importId: data.importId });
          break;
        case 'error':
          runningImport.current = null;
          setState(data.error.code === 'cancelled' && data.importId ? { status: 'cancelled', importId: data.importId } : { status: 'error', importId: data.importId, error: data.error });
          break;
        case 'search':
          settle(pending.current, data.requestId, data.hits);
          break;
        case 'similar':
          settle(pending.current, data.requestId, data.conversations);
          break;
        case 'bench':
        case 'train-bench':
          settle(pending.current, data.requestId, data.rows);
          break;
        case 'suggest':
          settle(pending.current, data.requestId, data.suggestions);
          break;
        case 'train':
          settle(pending.current, data.requestId, data.report);
          break;
        case 'adapt-preview':
          settle(pending.current, data.requestId, data.items);
          break;
        case 'adapt':
          settle(pending.current, data.requestId, data.adapted);
          break;
        case 'failed':
          pending.current.get(data.requestId)?.reject(new Error(data.error.message));
          pending.current.delete(data.requestId);
      }
    },
    [queryClient],
  );

  const worker = useLazyWorker<MlResponse>(
    () => new Worker(new URL('../../workers/ml/ml.worker.ts', import.meta.url), { type: 'module', name: 'ml' }),
    handleMessage,
    (reason) => {
      const message = `The analysis worker crashed: ${reason}.`;
      runningImport.current = null;
      setState({ status: 'error', importId: null, error: { code: 'internal', message, hint: 'Reload the page to try again. Your stored data is untouched.' } });
      for (const request of pending.current.values()) request.reject(new Error(message));
      pending.current.clear();
    },
  );

  // An import has started: load the models now, so its ML analysis starts warm once it is stored.
  const importing = useImporter().state.status === 'running';
  useEffect(() => {
    if (importing) worker.get().postMessage({ type: 'warm' } satisfies MlRequest);
  }, [importing, worker]);

  const ask = useCallback(
    <T,>(request: Distribute<RequestWithId>): Promise<T> =>
      new Promise<T>((resolve, reject) => {
        const requestId = nextId.current++;
        pending.current.set(requestId, { resolve: resolve as (value: never) => void, reject });
        worker.get().postMessage({ ...request, requestId } as RequestWithId);
      }),
    [worker],
  );

  const actions = useMemo<Omit<Ml, 'state' | 'device'>>(
    () => ({
      analyse: (importId, preference) => {
        if (!preference && runningImport.current === importId) return;
        runningImport.current = importId;
        // TF.js keeps the backend it started with: another device needs a fresh worker.
        if (preference && preference !== preferenceRef.current && worker.peek()) {
          worker.terminate();
          for (const request of pending.current.values()) request.reject(new Error('The analysis restarted on another device.'));
          pending.current.clear();
        }
        if (preference) preferenceRef.current = preference;
        setState({ status: 'running', importId, progress: null });
        worker.get().postMessage({ type: 'analyse', importId, timeZone: viewerTimeZone(), preference } satisfies MlRequest);
      },
      cancel: () => worker.peek()?.postMessage({ type: 'cancel' } satisfies MlRequest),
      search: (importId, query, limit = 30) => ask<SearchHit[]>({ type: 'search', importId, query, limit }),
      similar: (importId, conversationId, limit = 5) => ask<SimilarConversation[]>({ type: 'similar', importId, conversationId, limit }),
      bench: (importId) => ask<BenchRow[]>({ type: 'bench', importId }),
      suggest: (importId, strategy, batch, exclude = []) => ask<Suggestions>({ type: 'suggest', importId, strategy, batch, exclude }),
      trainCategories: (importId, model, method) => ask<CustomTrainReport>({ type: 'train', importId, model, method }),
      adaptPreview: (importId, limit = 8) => ask<AdaptItem[]>({ type: 'adapt-preview', importId, limit }),
      adapt: (importId) => ask<AdaptedHead>({ type: 'adapt', importId }),
      benchTraining: (sizes) => ask<TrainBenchRow[]>({ type: 'train-bench', sizes }),
    }),
    [worker, ask],
  );
  const ml = useMemo<Ml>(() => ({ state, device, ...actions }), [state, device, actions]);
  return <MlContext.Provider value={ml}>{children}</MlContext.Provider>;
}

function settle(requests: Map<number, Pending>, requestId: number, value: unknown) {
  requests.get(requestId)?.resolve(value as never);
  requests.delete(requestId);
}

export function useMl(): Ml {
  const ml = useContext(MlContext);
  if (!ml) throw new Error('useMl must be used inside <MlProvider>.');
  return ml;
}
