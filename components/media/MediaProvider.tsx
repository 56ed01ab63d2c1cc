'use client';
/**
 * Owns the on-device media analysis (vision + voice workers, through their providers) so a run
 * keeps going while the user moves between the story and the dashboard. `useMedia` is the door:
 * its state, start and cancel.
 */
import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { db } from '@/lib/store/db';
import { VisionProvider, useVision } from '@/components/vision/VisionProvider';
import { VoiceProvider, useVoice } from '@/components/voice/VoiceProvider';
import { mediaQueryKeys } from './mediaQueries';
import { MediaRunCancelled, runMediaAnalysis, type MediaRunProgress, type MediaRunResult } from './run-media';

export type MediaRunState =
  | { status: 'idle' }
  | { status: 'running'; importId: string; progress: MediaRunProgress | null }
  | { status: 'done'; importId: string; result: MediaRunResult }
  | { status: 'cancelled'; importId: string }
  | { status: 'error'; importId: string; message: string };

export interface Media {
  state: MediaRunState;
  /** Analyses what is not analysed yet; a run already going on is left alone. */
  start(importId: string): void;
  cancel(): void;
  /** Images that failed in this session (not stored, so a reload tries them again). */
  failedImages: ReadonlySet<string>;
}

const MediaContext = createContext<Media | null>(null);

export function MediaProvider({ children }: { children: ReactNode }) {
  return (
    <VisionProvider>
      <VoiceProvider>
        <MediaRunner>{children}</MediaRunner>
      </VoiceProvider>
    </VisionProvider>
  );
}

function MediaRunner({ children }: { children: ReactNode }) {
  const vision = useVision();
  const voice = useVoice();
  const queryClient = useQueryClient();
  const [state, setState] = useState<MediaRunState>({ status: 'idle' });
  const controller = useRef<AbortController | null>(null);
  const failed = useRef(new Set<string>());

  const start = useCallback(
    (importId: string) => {
      if (controller.current) return;
      const abort = new AbortController();
      controller.current = abort;
      setState({ status: 'running', importId, progress: null });
      const refresh = () => void queryClient.invalidateQueries({ queryKey: mediaQueryKeys.all(importId) });
      runMediaAnalysis(
        importId,
        {
          db: db(),
          vision,
          voice,
          signal: abort.signal,
          onProgress: (progress) => setState({ status: 'running', importId, progress }),
          onStored: refresh,
        },
        failed.current,
      )
        .then((result) => {
          for (const assetId of result.failedImages) failed.current.add(assetId);
          setState({ status: 'done', importId, result });
        })
        .catch((error: unknown) => {
          if (error instanceof MediaRunCancelled) setState({ status: 'cancelled', importId });
          else setState({ status: 'error', importId, message: error instanceof Error ? error.message : String(error) });
        })
        .finally(() => {
          controller.current = null;
          refresh();
        });
    },
    [vision, voice, queryClient],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  const media = useMemo<Media>(() => ({ state, start, cancel, failedImages: failed.current }), [state, start, cancel]);
  return <MediaContext.Provider value={media}>{children}</MediaContext.Provider>;
}

export function useMedia(): Media {
  const media = useContext(MediaContext);
  if (!media) throw new Error('useMedia must be used inside <MediaProvider>.');
  return media;
}
