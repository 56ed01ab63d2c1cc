'use client';
/**
 * The active import's media: what is stored, what is left to analyse, and the run. Starts the run
 * once the text analysis is done (the two would only slow each other down on a small machine).
 */
import { useEffect, useMemo, useRef } from 'react';
import { pendingMedia } from '@/lib/media/summary';
import { useMlAnalysis } from '@/components/ml/mlQueries';
import { useMedia } from './MediaProvider';
import { useStoredMedia } from './mediaQueries';

export function useMediaAnalysis() {
  const ml = useMlAnalysis();
  const { importId } = ml;
  const stored = useStoredMedia(importId);
  const media = useMedia();
  const pending = useMemo(() => (stored.data ? pendingMedia(stored.data, media.failedImages) : { images: 0, clips: 0 }), [stored.data, media.failedImages]);
  const mlDone = ml.analysis !== null && ml.state.status !== 'running';
  const hasWork = pending.images + pending.clips > 0;
  const started = useRef<string | null>(null);
  const { start } = media;
  useEffect(() => {
    if (!importId || !mlDone || !hasWork || started.current === importId) return;
    started.current = importId;
    start(importId);
  }, [importId, mlDone, hasWork, start]);
  const runningHere = media.state.status !== 'idle' && media.state.importId === importId;
  return {
    importId,
    stored: stored.data ?? null,
    pending,
    /** The text analysis goes first; media waits for it. */
    waitingForText: hasWork && !mlDone,
    state: runningHere ? media.state : ({ status: 'idle' } as const),
    start: () => importId && media.start(importId),
    cancel: media.cancel,
  };
}
