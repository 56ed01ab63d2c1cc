import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';

export const fixtureDir = mkdtempSync(join(tmpdir(), 'ai-wrapped-e2e-'));

export function writeFixture(name: string, data: string | Uint8Array): string {
  const path = join(fixtureDir, name);
  writeFileSync(path, data);
  return path;
}

export async function statValue(page: Page, name: string): Promise<number> {
  const locator = page.getByTestId(`stat-${name}`).first();
  await expect(locator).toBeAttached();
  return Number(await locator.getAttribute('data-value'));
}

export async function importFile(page: Page, path: string): Promise<void> {
  await page.getByTestId('import-input').setInputFiles(path);
}

/** The story opens before the conversations are stored; wait until they are before leaving the page. */
export async function waitForSaved(page: Page): Promise<void> {
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved', { timeout: 120_000 });
}

/** The demo export, imported from the landing page and stored. */
export async function importDemo(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByTestId('demo-button').click();
  await page.waitForURL('**/wrapped');
  await waitForSaved(page);
}

/** Steps the story forward with the keyboard until the slide is on screen. */
export async function goToSlide(page: Page, id: string): Promise<void> {
  const target = page.locator(`[data-testid="story-slide"][data-slide-id="${id}"]`);
  for (let step = 0; step < 40 && !(await target.isVisible()); step++) await page.keyboard.press('ArrowRight');
  await expect(target).toBeVisible();
}
