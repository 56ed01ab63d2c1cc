/**
 * Privacy, proven. An export with canary strings in its titles, messages, an attached file's name
 * and its own file name goes through the import, the full ML analysis, the generated words and
 * the cover art, while every request of the pages, their workers and the service worker is
 * recorded: only same-origin GETs of the app's own pages, code, fonts and model files (and the two
 * bodiless probes for the server's optional writer and cover engine); no canary
 * in any URL, header or body; no CSP violation; cross-origin isolated throughout. The request
 * list is printed and written to test-results/egress-requests.json.
 *
 * Then the security headers themselves, on the app, the share pages and the API.
 */
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { strToU8, zipSync } from 'fflate';
import UPNG from 'upng-js';
import { staticPageRoutes } from '../../lib/pwa/precache-manifest';
import { CANARIES, CANARY_TOKEN, canaryExportJson } from '../../lib/share/test-canary-export';
import { TEST_PAYLOAD } from '../../lib/share/test-payload';
import { byKind, recordEgress, summarise, writeEgressReport, type RecordedRequest } from './egress';
import { goToSlide, importFile, waitForSaved, writeFixture } from './helpers';
import { waitForModelsOffline, waitForServiceWorker } from './service-worker';

const ASSET_ID = 'file-Q7fCanary7731';
const ASSET_FILE = `${ASSET_ID}-${CANARY_TOKEN} Rosalind holiday.png`;

/** The canary export as a ChatGPT zip, with a picture (named with a canary) attached to the first chat. */
function canaryZip(): Uint8Array {
  const conversations = JSON.parse(canaryExportJson(60)) as { mapping: Record<string, { message: { author: { role: string }; content: { content_type: string; parts?: unknown[] } } | null }> }[];
  const node = Object.values(conversations[0]!.mapping).find((entry) => entry.message?.author.role === 'user')!;
  const text = String(node.message!.content.parts?.[0] ?? '');
  const pixels = new Uint8Array(64 * 64 * 4).map((_, index) => (index % 4 === 3 ? 255 : (index * 7) % 256));
  const picture = new Uint8Array(UPNG.encode([pixels.buffer], 64, 64, 0));
  node.message!.content = {
    content_type: 'multimodal_text',
    parts: [{ content_type: 'image_asset_pointer', asset_pointer: `file-service://${ASSET_ID}`, size_bytes: picture.length, width: 64, height: 64 }, text],
  };
  return zipSync({ 'conversations.json': strToU8(JSON.stringify(conversations)), [ASSET_FILE]: picture });
}

const PAGES = new Set(staticPageRoutes(path.join(process.cwd(), 'app')));
/** Query parameters a request may have: Next's RSC cache-buster, the story's autoplay switch. */
const QUERY_KEYS = new Set(['_rsc', 'autoplay']);

/** What an allowed request fetches, or null. */
function allowedKind(url: URL): string | null {
  // An object URL the page made itself (a worker script, a drawn cover): read from memory.
  if (url.protocol === 'blob:') return 'blob: (in memory)';
  const { pathname } = url;
  if ([...url.searchParams.keys()].some((key) => !QUERY_KEYS.has(key))) return null;
  if (PAGES.has(pathname)) return 'page';
  if (pathname.startsWith('/_next/static/')) return 'app code';
  if (/^\/(models|tfjs|ort)\//.test(pathname)) return 'model file';
  if (pathname.startsWith('/fonts/')) return 'font';
  if (pathname.startsWith('/icons/') || pathname === '/manifest.webmanifest') return 'icon or manifest';
  if (pathname === '/serwist/sw.js') return 'service worker';
  // Whether the deployer configured the server's writer or cover engine: no query, no body.
  if (url.search === '' && (pathname === '/api/generate' || pathname === '/api/cover')) return 'optional server probe';
  return null;
}

function carriesCanary(request: RecordedRequest): string | undefined {
  let url = request.url;
  try {
    url = decodeURIComponent(url);
  } catch {
    // Not decodable: check it as it is.
  }
  const haystack = `${url}\n${JSON.stringify(request.headers)}\n${request.body}`.toLowerCase();
  return CANARIES.find((canary) => haystack.includes(canary.toLowerCase()));
}

test('import, full analysis, words and cover art of a canary export: nothing leaves, nothing carries a canary', async ({ browser, baseURL }) => {
  test.setTimeout(480_000);
  const context = await browser.newContext({ baseURL });
  const egress = recordEgress(context);
  const page = await context.newPage();
  await egress.watch(page);
  const origin = new URL(baseURL!).origin;
  const isolated: string[] = [];
  const checkIsolated = async () => {
    if (!(await page.evaluate(() => crossOriginIsolated))) isolated.push(page.url());
  };

  await page.goto('/');
  await waitForServiceWorker(page);
  await importFile(page, writeFixture(`${CANARY_TOKEN} Rosalind Canary export.zip`, canaryZip()));
  await page.waitForURL('**/wrapped');
  await waitForSaved(page);
  await checkIsolated();

  await page.goto('/dashboard');
  await expect(page.getByTestId('ml-topics')).toBeVisible({ timeout: 300_000 });
  await checkIsolated();

  await page.goto('/wrapped?autoplay=0');
  await expect(page.getByTestId('tagline')).not.toBeEmpty();
  await goToSlide(page, 'insights');
  await expect(page.getByTestId('insights').locator('li').first()).toBeVisible();
  await goToSlide(page, 'cover');
  await expect(page.locator('[data-slide-id="cover"] [data-testid^="cover-"][data-state]').first()).toHaveAttribute('data-state', 'ready', { timeout: 120_000 });
  await checkIsolated();
  // The service worker's own downloads (the models, for offline use) belong in the record too.
  await waitForModelsOffline(page);

  const requests = egress.requests;
  const lines = summarise(requests, (url) => allowedKind(url) ?? 'NOT ALLOWED');
  const kinds = byKind(lines);
  writeEgressReport(path.join('test-results', 'egress-requests.json'), { origin, total: requests.length, byKind: kinds, byPath: lines, cspViolations: egress.cspViolations });
  console.log(
    [`Egress: ${requests.length} requests (full list in test-results/egress-requests.json)`, 'method  sender          requests  paths  kind']
      .concat(kinds.map((kind) => `${kind.method.padEnd(7)} ${kind.from.padEnd(15)} ${String(kind.requests).padStart(8)} ${String(kind.paths).padStart(6)}  ${kind.kind}`))
      .join('\n'),
  );

  expect(requests.filter((request) => new URL(request.url).origin !== origin).map((request) => request.url)).toEqual([]);
  expect(requests.filter((request) => request.method !== 'GET').map((request) => `${request.method} ${request.url}`)).toEqual([]);
  expect(requests.filter((request) => allowedKind(new URL(request.url)) === null).map((request) => request.url)).toEqual([]);
  expect(requests.filter((request) => request.body.length > 0).map((request) => request.url)).toEqual([]);
  expect(requests.map((request) => [request.url, carriesCanary(request)]).filter(([, canary]) => canary)).toEqual([]);
  expect(requests.some((request) => request.from === 'service worker')).toBe(true);
  expect(egress.cspViolations).toEqual([]);
  expect(isolated).toEqual([]);
  await context.close();
});

test('security headers: a strict CSP and isolation on the app and the share pages; the API and the OG image keep their own', async ({ page, request }) => {
  const app = await request.get('/');
  const headers = app.headers();
  const csp = Object.fromEntries(headers['content-security-policy']!.split('; ').map((directive) => [directive.split(' ')[0], directive.split(' ').slice(1)]));
  expect(csp['default-src']).toEqual(["'self'"]);
  expect(csp['script-src']).toEqual(["'self'", "'unsafe-inline'", "'wasm-unsafe-eval'", 'blob:']);
  expect(csp['worker-src']).toEqual(["'self'", 'blob:']);
  expect(csp['connect-src']!.slice(0, 2)).toEqual(["'self'", 'blob:']);
  expect(csp['connect-src']!.slice(2).every((source: string) => /^https:\/\/(\*\.)?(huggingface\.co|hf\.co)$/.test(source))).toBe(true);
  expect(csp['object-src']).toEqual(["'none'"]);
  expect(csp['frame-ancestors']).toEqual(["'none'"]);
  expect(csp['base-uri']).toEqual(["'self'"]);
  expect(csp['form-action']).toEqual(["'self'"]);
  expect(headers).toMatchObject({
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-embedder-policy': 'require-corp',
    'cross-origin-resource-policy': 'same-origin',
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
  });
  expect((await request.get('/models/use-lite-q8/model.json')).headers()['cross-origin-embedder-policy']).toBe('require-corp');

  // A short link: its page is isolated and CSP'd like the app; its OG image is fetchable by anyone.
  const created = await request.post('/api/share', { data: { payload: TEST_PAYLOAD, ttlDays: 1 } });
  expect(created.status()).toBe(201);
  const { id, url, deleteToken } = (await created.json()) as { id: string; url: string; deleteToken: string };
  const sharePage = await request.get(url);
  expect(sharePage.headers()['content-security-policy']).toBe(headers['content-security-policy']);
  expect(sharePage.headers()['cross-origin-embedder-policy']).toBe('require-corp');
  const og = await request.get(`/api/share/${id}/og`);
  expect(og.status()).toBe(200);
  expect(og.headers()['content-type']).toBe('image/png');
  expect(og.headers()['cross-origin-resource-policy']).toBe('cross-origin');
  expect(og.headers()['content-security-policy']).not.toBe(headers['content-security-policy']);
  // The app's CSP is not forced on the API: routes set their own (config headers would override them).
  expect(created.headers()['content-security-policy']).not.toBe(headers['content-security-policy']);

  // Both share pages render under the CSP, isolated, without a violation.
  const violations: string[] = [];
  page.on('console', (message) => /Content.Security.Policy|Refused to/i.test(message.text()) && violations.push(message.text()));
  await page.goto(url);
  await expect(page.getByTestId('shared-title')).toHaveText(TEST_PAYLOAD.title);
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  await page.goto('/share');
  await expect(page.getByTestId('share-error-message')).toBeVisible();
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  expect(violations).toEqual([]);
  expect((await request.delete(`/api/share/${id}`, { headers: { Authorization: `Bearer ${deleteToken}` } })).status()).toBe(204);
});
