import { expect, test } from '@playwright/test';
import { DEMO_DEFAULT, describeDemoExport } from '../../lib/demo';
import { importDemo, importFile, statValue, waitForSaved, writeFixture } from './helpers';

const expected = describeDemoExport(DEMO_DEFAULT);

test('demo import → story numbers → reload from cache → download → delete', async ({ page, baseURL }) => {
  const requests: { method: string; url: string }[] = [];
  page.on('request', (request) => requests.push({ method: request.method(), url: request.url() }));

  await page.goto('/');
  await expect(page.getByTestId('empty-state')).toBeVisible();
  await page.getByTestId('demo-button').click();
  await page.waitForURL('**/wrapped');

  expect(await statValue(page, 'conversations')).toBe(expected.conversations);
  expect(await statValue(page, 'userMessages')).toBe(expected.userMessages);
  expect(await statValue(page, 'assistantMessages')).toBe(expected.assistantMessages);
  await waitForSaved(page);

  // Privacy: the whole analysis ran without a single request leaving this origin or carrying data.
  const origin = new URL(baseURL!).origin;
  expect(requests.filter((r) => new URL(r.url).origin !== origin)).toEqual([]);
  expect(requests.filter((r) => r.method !== 'GET')).toEqual([]);

  // Reload: the story comes back from IndexedDB; no ingest worker is started to re-parse.
  const workerNames: Promise<string>[] = [];
  page.on('worker', (worker) => workerNames.push(worker.evaluate(() => self.name).catch(() => 'closed before it answered')));
  await page.reload();
  expect(await statValue(page, 'userMessages')).toBe(expected.userMessages);
  expect(await Promise.all(workerNames)).not.toContain('ingest');

  await page.goto('/');
  await expect(page.getByTestId('import-summary')).toContainText('ChatGPT export');
  const downloadPromise = page.waitForEvent('download');
  await page.getByTestId('export-json').click();
  const download = await downloadPromise;
  const json = JSON.parse(await streamToString(await download.createReadStream()));
  expect(json.schemaVersion).toBe(1);
  expect(json.source.format).toBe('chatgpt');
  expect(json.stats.userMessages).toBe(expected.userMessages);
  expect(json.stats.firstAt).toBe(expected.firstAt);
  expect(json.stats.lastAt).toBe(expected.lastAt);

  await page.getByTestId('delete-data').click();
  await page.getByTestId('delete-data-confirm').click();
  await expect(page.getByTestId('empty-state')).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('empty-state')).toBeVisible();
});

test('bad files get specific errors and stored data stays intact', async ({ page }) => {
  await importDemo(page);
  await page.goto('/');
  await expect(page.getByTestId('open-wrapped')).toBeVisible();

  const cases: [string, string | Uint8Array, string][] = [
    ['picture.json', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'not_an_export'],
    ['conversations.json', '[{"title":"cut off","mapping":{"a":', 'truncated_json'],
    ['conversations.json', '[{"foo":1,"bar":2}]', 'unknown_schema'],
    ['conversations.json', '[]', 'empty_export'],
  ];
  for (const [name, data, code] of cases) {
    await importFile(page, writeFixture(name, data));
    const error = page.getByTestId('import-error');
    await expect(error).toHaveAttribute('data-code', code);
    await expect(error).not.toBeEmpty();
    await error.getByRole('button').click();
  }
  await expect(page.getByTestId('open-wrapped')).toBeVisible();
  await page.getByTestId('open-wrapped').click();
  expect(await statValue(page, 'userMessages')).toBe(expected.userMessages);
});

async function streamToString(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

test('a stored analysis is recomputed for the viewer’s new time zone, without the export', async ({ page }) => {
  await importDemo(page);

  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setTimezoneOverride', { timezoneId: 'Pacific/Auckland' });
  await page.goto('/');
  // The landing page notices the zone change and recomputes from the stored conversations.
  await expect(page.getByTestId('open-wrapped')).toBeVisible();
  await expect(async () => {
    const downloadPromise = page.waitForEvent('download');
    await page.getByTestId('export-json').click();
    const json = JSON.parse(await streamToString(await (await downloadPromise).createReadStream()));
    expect(json.stats.timeZone).toBe('Pacific/Auckland');
    expect(json.stats.userMessages).toBe(expected.userMessages);
  }).toPass({ timeout: 30_000 });
});
