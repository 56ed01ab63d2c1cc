/**
 * The ML layer in Chromium with the real bundled models: the demo export analysed on WASM, the
 * vector cache on re-analysis, search, and the WebGPU path on a tiny export (SwiftShader here).
 */
import { expect, test, type Page } from '@playwright/test';
import { generateDemoExport } from '../../lib/demo';
import { importDemo, importFile, waitForSaved, writeFixture } from './helpers';

interface StoredMl {
  counts: { userMessages: number; conversations: number; textsEmbedded: number; cacheHits: number };
  encoders: { conversations: { device: string } };
  topics: unknown[];
}

/** The ML analyses stored in IndexedDB, read the way the app stores them. */
function storedMl(page: Page): Promise<StoredMl[]> {
  return page.evaluate(
    () =>
      new Promise<StoredMl[]>((resolve, reject) => {
        const open = indexedDB.open('ai-wrapped');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('mlAnalyses').objectStore('mlAnalyses').getAll();
          request.onsuccess = () => resolve(request.result.map((row: { analysis: StoredMl }) => row.analysis));
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

/** The cached teacher vectors (int8 + scale), keyed by text hash. */
function teacherVectors(page: Page): Promise<Record<string, number[]>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, number[]>>((resolve) => {
        const open = indexedDB.open('ai-wrapped');
        open.onsuccess = () => {
          const request = open.result.transaction('vectors').objectStore('vectors').getAll();
          request.onsuccess = () => {
            const out: Record<string, number[]> = {};
            for (const row of request.result as { encoderId: string; textHash: string; quantized: Int8Array; scale: number }[]) {
              if (row.encoderId === 'use-lite-q8') out[row.textHash] = Array.from(row.quantized, (q) => q * row.scale);
            }
            resolve(out);
          };
        };
      }),
  );
}

function clearVectors(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const open = indexedDB.open('ai-wrapped');
        open.onsuccess = () => {
          const tx = open.result.transaction(['vectors', 'mlAnalyses'], 'readwrite');
          tx.objectStore('vectors').clear();
          tx.objectStore('mlAnalyses').clear();
          tx.oncomplete = () => resolve();
        };
      }),
  );
}

/** The setting is saved to IndexedDB and read back; retry until the page has hydrated and shows it. */
async function choosePreference(page: Page, preference: 'webgpu' | 'wasm'): Promise<void> {
  const radio = page.getByTestId(`device-preference-${preference}`);
  await expect(async () => {
    await radio.click({ force: true });
    await expect(radio).toBeChecked({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
}

const cosine = (a: number[], b: number[]) => {
  let dot = 0, na = 0, nb = 0;
  a.forEach((x, i) => ((dot += x * b[i]!), (na += x * x), (nb += b[i]! ** 2)));
  return dot / Math.sqrt(na * nb);
};

test('demo export: ML analysis on WASM, search, re-analysis from the vector cache, nothing leaves the device', async ({ page, baseURL }) => {
  test.setTimeout(300_000);
  const requests: { method: string; url: string }[] = [];
  page.on('request', (request) => requests.push({ method: request.method(), url: request.url() }));

  await importDemo(page);
  await page.goto('/dashboard');
  await expect(page.getByTestId('ml-topics')).toBeVisible({ timeout: 180_000 });

  const [first] = await storedMl(page);
  expect(first!.counts.userMessages).toBeGreaterThan(3000);
  expect(first!.counts.cacheHits).toBe(0);
  expect(first!.topics.length).toBeGreaterThanOrEqual(3);
  expect(first!.encoders.conversations.device).toMatch(/^wasm/);
  await expect(page.getByTestId('ml-top-emotion')).toBeVisible();

  // Privacy: the models load from this origin; no request carries anything out.
  const origin = new URL(baseURL!).origin;
  expect(requests.filter((r) => new URL(r.url).origin !== origin)).toEqual([]);
  expect(requests.filter((r) => r.method !== 'GET')).toEqual([]);

  await page.goto('/search');
  await page.getByTestId('search-input').fill('sourdough starter');
  await page.getByTestId('search-input').press('Enter');
  await expect(page.getByTestId('search-match').first()).toBeVisible({ timeout: 60_000 });
  await expect(page.locator('mark').first()).toBeVisible();

  // Re-analysis (e.g. after an ML version bump) embeds nothing: every text is in the cache.
  await page.goto('/models');
  await expect(page.getByTestId('ml-device-reason')).toContainText(/WASM/);
  await page.getByTestId('ml-reanalyse').click();
  await expect
    .poll(async () => (await storedMl(page))[0]?.counts.cacheHits, { timeout: 120_000 })
    .toBe(first!.counts.textsEmbedded);
});

/**
 * Forcing WebGPU on this machine's software adapter: either the teacher runs on WebGPU and its
 * vectors match WASM's, or (as TF.js in a Chromium worker does on SwiftShader today) it fails to
 * start and the analysis completes on WASM with the reason shown. Never a broken analysis.
 */
test('forced WebGPU (software adapter, tiny export): same vectors as WASM, or a stated fallback', async ({ page }) => {
  test.setTimeout(420_000);
  const tiny = writeFixture('tiny-ml.json', [...generateDemoExport({ seed: 11, conversations: 8 })].join(''));

  await page.goto('/models');
  await choosePreference(page, 'webgpu');
  await page.goto('/');
  await importFile(page, tiny);
  await page.waitForURL('**/wrapped');
  await waitForSaved(page);
  await page.goto('/dashboard');
  await expect(page.getByTestId('ml-topics').or(page.getByTestId('ml-error'))).toBeVisible({ timeout: 360_000 });
  expect(await page.getByTestId('ml-error').allInnerTexts()).toEqual([]);
  const [forced] = await storedMl(page);
  const device = forced!.encoders.conversations.device;

  if (device !== 'webgpu') {
    expect(device).toMatch(/^wasm/);
    await page.goto('/models');
    await page.getByTestId('ml-reanalyse').click();
    await expect(page.getByTestId('ml-device-reason')).toContainText('WebGPU failed here', { timeout: 120_000 });
    return;
  }
  const gpuVectors = await teacherVectors(page);
  expect(Object.keys(gpuVectors).length).toBeGreaterThan(3);
  await clearVectors(page);
  await page.goto('/models');
  await choosePreference(page, 'wasm');
  await page.getByTestId('ml-reanalyse').click();
  await expect.poll(async () => (await storedMl(page))[0]?.encoders.conversations.device, { timeout: 120_000 }).toMatch(/^wasm/);
  const wasmVectors = await teacherVectors(page);
  for (const [hash, vector] of Object.entries(gpuVectors)) {
    expect(wasmVectors[hash], `text ${hash} embedded on both`).toBeDefined();
    expect(cosine(vector, wasmVectors[hash]!)).toBeGreaterThan(0.99);
  }
});
