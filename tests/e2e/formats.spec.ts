/**
 * Each export format, zipped as users get it, through the real worker and IndexedDB.
 * Counts are the fixtures' hand-worked expectations.
 */
import { expect, test } from '@playwright/test';
import { chatGptShardedExport, claudeExport, geminiTakeout, type ExportFixture } from '../fixtures/exports';
import { makeZip } from '../unit/zip-fixtures';
import { importFile, statValue, waitForSaved, writeFixture } from './helpers';

async function zipFixture(name: string, fixture: ExportFixture): Promise<string> {
  const files = Object.fromEntries(
    Object.entries(fixture.files).map(([path, value]) => [path, path.endsWith('.json') ? JSON.stringify(value) : String(value)]),
  );
  const zip = await makeZip(files);
  return writeFixture(name, new Uint8Array(await zip.arrayBuffer()));
}

const total = (fixture: ExportFixture, key: 'userMessages' | 'assistantMessages') =>
  fixture.expected.conversations.reduce((sum, conversation) => sum + conversation[key], 0);

for (const [label, build, description] of [
  ['ChatGPT sharded', chatGptShardedExport, 'ChatGPT export'],
  ['Claude', claudeExport, 'Claude export'],
  ['Gemini Takeout', geminiTakeout, 'Gemini export'],
] as const) {
  test(`${label} zip imports with the right counts`, async ({ page }) => {
    const fixture = build();
    const path = await zipFixture(`${label.replace(/\s/g, '-')}.zip`, fixture);
    await page.goto('/');
    await importFile(page, path);
    await page.waitForURL('**/wrapped');
    await page.getByRole('button', { name: 'All time' }).click();
    expect(await statValue(page, 'conversations')).toBe(fixture.expected.conversations.length);
    expect(await statValue(page, 'userMessages')).toBe(total(fixture, 'userMessages'));
    expect(await statValue(page, 'assistantMessages')).toBe(total(fixture, 'assistantMessages'));
    await waitForSaved(page);
    await page.goto('/');
    await expect(page.getByTestId('import-summary')).toContainText(description);
  });
}

test('a second account is kept beside the first, and the same file is not re-read', async ({ page }) => {
  await page.goto('/');
  const claude = await zipFixture('claude.zip', claudeExport());
  await importFile(page, claude);
  await page.waitForURL('**/wrapped');
  await waitForSaved(page);
  await page.goto('/');
  await page.getByTestId('demo-button').click();
  await page.waitForURL('**/wrapped');
  await waitForSaved(page);
  await expect(page.getByTestId('save-status')).toContainText('different account');
  await page.goto('/');
  await expect(page.getByText('Other imports on this device')).toBeVisible();

  await importFile(page, claude);
  await page.waitForURL('**/wrapped');
  await waitForSaved(page);
  await page.goto('/');
  await expect(page.getByTestId('import-summary').first()).toContainText('Claude export');
});
