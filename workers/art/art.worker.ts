/**
 * The art worker: covers, animated covers and share cards, drawn off the main thread on an
 * OffscreenCanvas (WebGL2 shaders, or Canvas2D where WebGL2 is missing) with the self-hosted
 * fonts. Jobs run one at a time in arrival order (one GL context; each job's `ms` is its own);
 * `cancel {id}` skips a queued job, stops an animation between frames, or drops a result.
 */
import { loadFonts } from './fonts';
import { renderAnimation, renderCard, renderCover, type JobControl } from './jobs';
import type { ArtRequest, ArtResponse } from './protocol';

/** Jobs queued or running; a cancel for any other id (already answered) is dropped. */
const active = new Set<number>();
const cancelled = new Set<number>();
let queue: Promise<void> = Promise.resolve();

class JobCancelled extends Error {}

function post(message: ArtResponse): void {
  self.postMessage(message);
}

function control(id: number): JobControl {
  return {
    async checkpoint() {
      // A macrotask turn lets a queued cancel message run first.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (cancelled.has(id)) throw new JobCancelled();
    },
    progress: (done, total) => post({ status: 'progress', id, done, total }),
  };
}

async function run(request: Exclude<ArtRequest, { type: 'cancel' }>): Promise<void> {
  const { id } = request;
  const job = control(id);
  try {
    await loadFonts();
    await job.checkpoint();
    if (request.type === 'cover') post({ status: 'cover', id, ...(await renderCover(request.params, request.backend)) });
    else if (request.type === 'animate') post({ status: 'animation', id, ...(await renderAnimation(request.params, request.backend, job)) });
    else {
      const result = await renderCard(request.content, request.size, request.background);
      await job.checkpoint();
      post({ status: 'card', id, ...result });
    }
  } catch (error) {
    if (error instanceof JobCancelled) post({ status: 'cancelled', id });
    else post({ status: 'error', id, message: error instanceof Error ? error.message : String(error) });
  } finally {
    active.delete(id);
    cancelled.delete(id);
  }
}

self.onmessage = ({ data }: MessageEvent<ArtRequest>) => {
  if (data.type === 'cancel') {
    if (active.has(data.id)) cancelled.add(data.id);
    return;
  }
  active.add(data.id);
  queue = queue.then(() => run(data));
};
