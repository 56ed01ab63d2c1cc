/** The page's view of the service worker, for the PWA and privacy tests. */
import { expect, type Page } from '@playwright/test';
import type { ModelsStatus } from '../../workers/sw/protocol';

/** Waits until a service worker is active and controls the page (clientsClaim on first install). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(async () => Boolean((await navigator.serviceWorker.ready).active && navigator.serviceWorker.controller), undefined, { timeout: 60_000 });
}

export function modelsStatus(page: Page): Promise<ModelsStatus> {
  return page.evaluate(async () => {
    const worker = (await navigator.serviceWorker.ready).active!;
    return new Promise<ModelsStatus>((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = (event) => resolve(event.data as ModelsStatus);
      worker.postMessage({ type: 'MODELS_STATUS' }, [channel.port2]);
    });
  });
}

/** Every model file stored by the service worker (the page asks for them on its own). */
export async function waitForModelsOffline(page: Page): Promise<ModelsStatus> {
  await expect.poll(async () => (await modelsStatus(page)).state, { timeout: 180_000, intervals: [1_000] }).toBe('ready');
  return modelsStatus(page);
}
