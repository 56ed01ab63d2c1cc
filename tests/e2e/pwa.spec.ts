/**
 * The installable, offline app against the production build: the manifest and its icons, the
 * service worker caching the shell and the models after the first visit, then — with the server
 * gone and the browser offline — a reload, an import and the full ML analysis; the install
 * offer; and the "new version — reload" flow with a changed service worker.
 */
import { expect, test, type Page, type Request } from '@playwright/test';
import { generateDemoExport } from '../../lib/demo';
import { importFile, waitForSaved, writeFixture } from './helpers';
import { startProxy, type TestProxy } from './proxy';
import { modelsStatus, waitForModelsOffline, waitForServiceWorker } from './service-worker';

/** GETs that ask whether the deployer configured a server writer or cover engine (see useServerWriter, useServerCover). */
const OPTIONAL_SERVER_PROBES = new Set(['/api/generate', '/api/cover']);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

test('the web app manifest: name, standalone display, theme, and icons that load at their sizes', async ({ request }) => {
  const response = await request.get('/manifest.webmanifest');
  expect(response.status()).toBe(200);
  const manifest = await response.json();
  expect(manifest).toMatchObject({ name: 'AI Wrapped', short_name: 'AI Wrapped', start_url: '/', scope: '/', display: 'standalone', theme_color: '#09090b', background_color: '#09090b' });
  const pngs = (manifest.icons as { src: string; sizes: string; type: string; purpose: string }[]).filter((icon) => icon.type === 'image/png');
  expect(pngs.map((icon) => `${icon.sizes} ${icon.purpose}`).sort()).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
  for (const icon of [...pngs, { src: '/icons/apple-touch-icon.png', sizes: '180x180' }]) {
    const image = await request.get(icon.src);
    expect(image.headers()['content-type']).toBe('image/png');
    expect(pngSize(await image.body()).join('x')).toBe(icon.sizes);
  }
  expect((await request.get('/icons/icon.svg')).headers()['content-type']).toContain('image/svg+xml');
});

async function storedMlDevice(page: Page): Promise<string | undefined> {
  return page.evaluate(
    () =>
      new Promise<string | undefined>((resolve, reject) => {
        const open = indexedDB.open('ai-wrapped');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const rows = open.result.transaction('mlAnalyses').objectStore('mlAnalyses').getAll();
          rows.onsuccess = () => resolve((rows.result[0] as { analysis: { encoders: { conversations: { device: string } } } } | undefined)?.analysis.encoders.conversations.device);
        };
      }),
  );
}

test.describe('offline', () => {
  let proxy: TestProxy;
  test.beforeEach(async ({ baseURL }) => {
    proxy = await startProxy(baseURL!);
  });
  test.afterEach(async () => {
    await proxy.close();
  });

  test('after the first visit: reload, import and the full analysis work with the server gone', async ({ browser }) => {
    test.setTimeout(420_000);
    const context = await browser.newContext({ baseURL: proxy.origin });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    await page.goto('/');
    await waitForServiceWorker(page);
    // The page asks the worker for the models by itself and shows the progress, then "ready".
    await expect(page.getByTestId('offline-status')).toBeVisible({ timeout: 60_000 });
    const stored = await waitForModelsOffline(page);
    expect(stored.cachedFiles).toBe(stored.totalFiles);
    expect(stored.totalBytes).toBeGreaterThan(10_000_000);
    await expect(page.getByTestId('offline-status')).toHaveAttribute('data-state', 'ready');
    const cacheNames = await page.evaluate(() => caches.keys());
    expect(cacheNames).toEqual(expect.arrayContaining([expect.stringMatching(/^ai-wrapped-precache/), 'ai-wrapped-models']));

    proxy.setOffline(true);
    await context.setOffline(true);
    const failed: Request[] = [];
    context.on('requestfailed', (request) => failed.push(request));

    await page.reload();
    await expect(page.getByTestId('demo-button')).toBeVisible();
    await expect(page.getByTestId('offline-note')).toBeVisible();
    // Served by the worker, the page keeps its COOP/COEP headers: still isolated, WASM threads on.
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);

    await importFile(page, writeFixture('offline-export.json', [...generateDemoExport({ seed: 7, conversations: 40 })].join('')));
    await Promise.race([
      page.waitForURL('**/wrapped'),
      page.getByTestId('import-error').waitFor().then(async () => expect.soft(await page.getByTestId('import-error').innerText()).toBe('no import error')),
    ]);
    expect(test.info().errors).toEqual([]);
    await waitForSaved(page);
    await page.goto('/dashboard');
    await expect(page.getByTestId('ml-topics')).toBeVisible({ timeout: 300_000 });
    expect(await storedMlDevice(page)).toMatch(/^wasm/);
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
    // A page with a query string comes from the precache too.
    await page.goto('/wrapped?autoplay=0');
    await expect(page.getByTestId('tagline')).not.toBeEmpty();

    // Offline, nothing the app needs failed. What may: Next's segment prefetches (navigations use
    // the stored page data), the probes for the server's optional writer and cover engine (the
    // app stays on the device without them), and requests the page cancelled itself (a worker
    // terminated by a navigation).
    const needed = failed.filter((request) => {
      const url = new URL(request.url());
      return !url.searchParams.has('_rsc') && !OPTIONAL_SERVER_PROBES.has(url.pathname) && request.failure()?.errorText !== 'net::ERR_ABORTED';
    });
    expect(needed.map((request) => `${request.method()} ${request.url()} ${request.failure()?.errorText}`)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a new version installs in the background; the toast reloads into it', async ({ browser }) => {
    const context = await browser.newContext({ baseURL: proxy.origin });
    const page = await context.newPage();
    await page.goto('/dashboard');
    await waitForServiceWorker(page);
    const first = await page.evaluate(async () => (await navigator.serviceWorker.ready).active!.scriptURL);

    proxy.rewrite('/serwist/sw.js', (body) => `${body}\n// the next build\n`);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    const toast = page.getByTestId('update-toast');
    await expect(toast).toBeVisible({ timeout: 60_000 });
    await expect(toast).toContainText('A new version is ready');

    await page.evaluate(() => ((window as unknown as { beforeUpdate: boolean }).beforeUpdate = true));
    await toast.getByRole('button', { name: 'Reload' }).click();
    await page.waitForFunction(() => !(window as unknown as { beforeUpdate?: boolean }).beforeUpdate, undefined, { timeout: 30_000 });
    await waitForServiceWorker(page);
    const after = await page.evaluate(async () => {
      const registration = (await navigator.serviceWorker.getRegistration())!;
      return { waiting: registration.waiting !== null, script: registration.active!.scriptURL, text: await (await fetch(registration.active!.scriptURL)).text() };
    });
    expect(after.waiting).toBe(false);
    expect(after.script).toBe(first);
    expect(after.text).toContain('// the next build');
    await expect(page.getByTestId('update-toast')).toBeHidden();
    expect((await modelsStatus(page)).totalFiles).toBeGreaterThan(0);
    await context.close();
  });
});

test('the install offer: our button replays the browser’s prompt, and a dismissal is remembered', async ({ page }) => {
  await page.goto('/');
  await waitForServiceWorker(page);
  // Headless Chromium never offers installation by itself; hand the page the event it would get.
  const offer = async () =>
    page.evaluate(() => {
      const event = Object.assign(new Event('beforeinstallprompt', { cancelable: true }), {
        prompt: async () => void ((window as unknown as { prompted: number }).prompted = ((window as unknown as { prompted?: number }).prompted ?? 0) + 1),
        userChoice: Promise.resolve({ outcome: 'dismissed' as const }),
      });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    });
  expect(await offer()).toBe(true);
  await page.getByRole('button', { name: 'Install app' }).click();
  expect(await page.evaluate(() => (window as unknown as { prompted?: number }).prompted)).toBe(1);
  await expect(page.getByRole('button', { name: 'Install app' })).toBeHidden();

  await offer();
  await page.getByRole('button', { name: 'Don’t offer to install again' }).click();
  await expect(page.getByTestId('install-offer')).toBeHidden();
  await page.reload();
  await offer();
  await expect(page.getByTestId('install-offer')).toBeHidden();
});
