'use client';
/** The browser's problem log: console + localStorage, with a hook for the diagnostics card. */
import { useCallback, useSyncExternalStore } from 'react';
import { clearProblems, problemDetail, readProblems, recordProblem, type Problem } from '@/lib/diagnostics/problems';

const CHANGED = 'ai-wrapped:problems-changed';
const EMPTY: Problem[] = [];
let snapshot: Problem[] | null = null;

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** Logs a problem the app recovered from; the person sees `recovery`, the diagnostics the detail. */
export function reportProblem(source: string, recovery: string, error: unknown): void {
  console.error(`[AI Wrapped] ${source} failed; ${recovery}.`, error);
  const store = storage();
  if (!store) return;
  snapshot = recordProblem(store, { at: Date.now(), source, recovery, detail: problemDetail(error) });
  window.dispatchEvent(new Event(CHANGED));
}

function subscribe(onChange: () => void): () => void {
  const changed = () => {
    snapshot = null;
    onChange();
  };
  window.addEventListener(CHANGED, onChange);
  window.addEventListener('storage', changed);
  return () => {
    window.removeEventListener(CHANGED, onChange);
    window.removeEventListener('storage', changed);
  };
}

function current(): Problem[] {
  const store = storage();
  if (!store) return EMPTY;
  snapshot ??= readProblems(store);
  return snapshot;
}

export function useProblems(): { problems: Problem[]; clear: () => void } {
  const problems = useSyncExternalStore(subscribe, current, () => EMPTY);
  const clear = useCallback(() => {
    const store = storage();
    if (store) clearProblems(store);
    snapshot = null;
    window.dispatchEvent(new Event(CHANGED));
  }, []);
  return { problems, clear };
}
