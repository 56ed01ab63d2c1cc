/** The page's side of the service worker protocol (workers/sw/protocol.ts). */
import type { ModelsStatus, SwRequest } from '@/workers/sw/protocol';

export const SERVICE_WORKER_URL = '/serwist/sw.js';

export function postToServiceWorker(worker: ServiceWorker, request: SwRequest): void {
  worker.postMessage(request);
}

/** The model cache's status, answered on a private channel. */
export function askModelsStatus(worker: ServiceWorker, timeoutMs = 5_000): Promise<ModelsStatus> {
  return new Promise((resolve, reject) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => {
      channel.port1.close();
      reject(new Error('The service worker did not answer.'));
    }, timeoutMs);
    channel.port1.onmessage = (event: MessageEvent<ModelsStatus>) => {
      clearTimeout(timer);
      channel.port1.close();
      resolve(event.data);
    };
    const request: SwRequest = { type: 'MODELS_STATUS' };
    worker.postMessage(request, [channel.port2]);
  });
}
