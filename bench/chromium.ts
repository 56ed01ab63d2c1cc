/** Debian's Chromium for the browser benchmarks, and the demo import they start from. */
import { chromium, type Browser, type Page } from '@playwright/test';

export function launchBenchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });
}

/** Imports the demo export from the landing page and waits until it is stored. */
export async function importDemoForBench(page: Page, baseUrl: string): Promise<void> {
  await page.goto(baseUrl);
  await page.getByTestId('demo-button').click();
  await page.waitForURL('**/wrapped');
  await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor({ timeout: 180_000 });
}
