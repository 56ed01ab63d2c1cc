/**
 * Messages between the pages and the service worker (postMessage). The update flow uses
 * serwist's own `{ type: 'SKIP_WAITING' }`, sent by @serwist/window's `messageSkipWaiting()`.
 */

export type SwRequest =
  /** Download the model files that are not cached yet (joins a download already running). */
  | { type: 'CACHE_MODELS' }
  /** Answered on the message's port with a `ModelsStatus`. */
  | { type: 'MODELS_STATUS' };

export interface ModelsStatus {
  /** `partial`: some files missing and nothing downloading (not started, stopped or failed). */
  state: 'partial' | 'caching' | 'ready';
  cachedBytes: number;
  totalBytes: number;
  cachedFiles: number;
  totalFiles: number;
  /** Why the last download stopped, in words (no storage left, a file that failed…). */
  error: string | null;
}
