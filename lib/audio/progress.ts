/**
 * Progress of a batch of clips, counted in windows: whisper pads every window to 30 s, so its
 * encoder costs the same per window whatever the audio in it, and the time per window is the
 * steadiest unit to extrapolate an ETA from (seconds of audio are not: a batch of 5 s clips costs
 * far more per second than one 10-minute clip).
 */

export interface TranscriptionProgress {
  assetId: string;
  /** Index of the clip being transcribed, and the clips in the batch. */
  item: number;
  items: number;
  /** Windows done and planned across the batch. */
  windowsDone: number;
  windows: number;
  /** Seconds of audio done and in the batch. */
  audioSecondsDone: number;
  audioSeconds: number;
  /** Time left at the pace so far; null before the first window is done. */
  etaSeconds: number | null;
  /** Wall seconds per second of audio so far (below 1: faster than real time); null before the first window. */
  realTimeFactor: number | null;
}

export function estimatePace(done: { windows: number; audioSeconds: number }, total: { windows: number }, elapsedMs: number): Pick<TranscriptionProgress, 'etaSeconds' | 'realTimeFactor'> {
  if (done.windows <= 0 || elapsedMs <= 0) return { etaSeconds: null, realTimeFactor: null };
  const perWindow = elapsedMs / 1000 / done.windows;
  return {
    etaSeconds: Math.max(0, Math.round(perWindow * (total.windows - done.windows))),
    realTimeFactor: done.audioSeconds > 0 ? elapsedMs / 1000 / done.audioSeconds : null,
  };
}
