/**
 * Sharing without sharing chats: a fragment link opens in a fresh browser from the link alone
 * (nothing sent, nothing stored, no worker), a damaged link says what is wrong, a short link
 * renders on the server with its preview image, and an export with canaries shares none.
 */
import { expect, test, type Page } from '@playwright/test';
import { decodeShareFragment, encodeShareFragment, fragmentFromHash } from '../../lib/share/fragment';
import { CANARIES, canaryExportJson } from '../../lib/share/test-canary-export';
import { TEST_PAYLOAD } from '../../lib/share/test-payload';
import { importFile, waitForSaved, writeFixture } from './helpers';

function databases(page: Page): Promise<string[]> {
  return page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name ?? ''));
}

test('a fragment link renders in a fresh browser from the link alone: nothing sent, stored or started', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const requests: { method: string; url: string }[] = [];
  const workers: string[] = [];
  page.on('request', (request) => requests.push({ method: request.method(), url: request.url() }));
  page.on('worker', (worker) => workers.push(worker.url()));

  const fragment = encodeShareFragment(TEST_PAYLOAD);
  await page.goto(`/share#d=${fragment}`);
  await expect(page.getByTestId('shared-title')).toHaveText(TEST_PAYLOAD.title);
  await expect(page.getByTestId('shared-tagline')).toHaveText(TEST_PAYLOAD.tagline!);
  await expect(page.getByTestId('shared-persona')).toContainText(TEST_PAYLOAD.persona!.name);
  for (const stat of TEST_PAYLOAD.stats!) await expect(page.getByTestId('shared-stats')).toContainText(stat.value);
  for (const topic of TEST_PAYLOAD.topics!) await expect(page.getByText(topic.label)).toBeVisible();
  await expect(page.getByText(TEST_PAYLOAD.insights![0]!)).toBeVisible();
  await expect(page.getByTestId('shared-make-your-own')).toHaveAttribute('href', '/');

  // The fragment never leaves the browser; the page posts nothing, stores nothing, starts no worker.
  expect(requests.filter((request) => request.method !== 'GET')).toEqual([]);
  expect(requests.filter((request) => request.url.includes(fragment.slice(0, 24)))).toEqual([]);
  expect(await databases(page)).toEqual([]);
  expect(workers).toEqual([]);
  await context.close();
});

test('a damaged or cut-off fragment says exactly what is wrong', async ({ page }) => {
  const fragment = encodeShareFragment(TEST_PAYLOAD);
  await page.goto(`/share#d=${fragment.slice(0, Math.floor(fragment.length / 2))}`);
  await expect(page.getByTestId('share-error-message')).toContainText('This share link is incomplete — it may have been cut off when it was copied');

  await page.goto('/share#d=not*a*share*link');
  await expect(page.getByTestId('share-error-message')).toContainText('This share link is damaged');

  await page.goto('/share');
  await expect(page.getByTestId('share-error-message')).toContainText('This link has no shared Wrapped in it');
});

test('a short link renders on the server with its preview image, and its token deletes it', async ({ page, request }) => {
  const created = await request.post('/api/share', { data: { payload: TEST_PAYLOAD, ttlDays: 1 } });
  expect(created.status()).toBe(201);
  const { id, url, deleteToken } = (await created.json()) as { id: string; url: string; deleteToken: string };

  await page.goto(url);
  await expect(page.getByTestId('shared-title')).toHaveText(TEST_PAYLOAD.title);
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', new RegExp(`/api/share/${id}/og$`));
  await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute('content', '1200');
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', TEST_PAYLOAD.tagline!);

  expect((await request.delete(`/api/share/${id}`, { headers: { Authorization: 'Bearer wrong-token' } })).status()).toBe(403);
  expect((await request.delete(`/api/share/${id}`, { headers: { Authorization: `Bearer ${deleteToken}` } })).status()).toBe(204);
  const gone = await page.goto(url);
  expect(gone?.status()).toBe(404);
  await expect(page.getByTestId('share-error')).toContainText('This share link is gone');
});

test('an export with canaries: the share sheet’s link carries no canary and no message text', async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto('/');
  await importFile(page, writeFixture('canary.json', canaryExportJson(60)));
  await page.waitForURL('**/wrapped');
  await waitForSaved(page);
  // With the ML layer done, topic names (made from message words) are in the sheet too.
  await page.goto('/dashboard');
  await expect(page.getByTestId('ml-topics')).toBeVisible({ timeout: 180_000 });

  await page.getByTestId('share-open').click();
  const sheet = page.getByTestId('share-sheet');
  await expect(sheet).toBeVisible();
  for (const box of await sheet.getByRole('checkbox').all()) await box.check();
  const link = await page.getByTestId('share-link').inputValue();
  const decoded = decodeShareFragment(fragmentFromHash(new URL(link).hash));
  expect(decoded.ok).toBe(true);
  const shared = JSON.stringify(decoded).toLowerCase();
  for (const canary of CANARIES) expect(shared).not.toContain(canary.toLowerCase());
  await expect(page.getByTestId('share-preview-image')).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
});
