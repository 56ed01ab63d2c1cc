/**
 * `npx tsx scripts/screenshots.ts [--out docs] [--all]`: the story's intro, insights and summary
 * slides at 390×844 for a one-chat export and for the demo, from the production build (run
 * `npx next build` first). `--all` also takes every slide and the dashboard at 1280×800, for
 * looking over a change.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, Page } from '@playwright/test';
import { importDemoForBench, launchBenchChromium } from '../bench/chromium';
import { startNextServer } from '../bench/next-server';
import { chatGptExport } from '../tests/fixtures/exports';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const COMMITTED_SLIDES = ['intro', 'insights', 'summary'];

const { values } = parseArgs({ options: { out: { type: 'string', default: 'docs' }, all: { type: 'boolean', default: false } } });
const out = values.out!;
mkdirSync(out, { recursive: true });

async function newPage(browser: Browser, baseUrl: string, viewport: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce', baseURL: baseUrl });
  return context.newPage();
}

async function importOneChat(page: Page, baseUrl: string): Promise<void> {
  const [first] = chatGptExport().files['conversations.json'] as unknown[];
  await page.goto(baseUrl);
  await page.getByTestId('import-input').setInputFiles({ name: 'conversations.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify([first])) });
  await page.waitForURL('**/wrapped');
  await page.locator('[data-testid="save-status"][data-state="saved"]').waitFor({ timeout: 180_000 });
}

/** Waits for the ML layer (so the words are the final ones), then shoots the chosen slides. */
async function shootStory(page: Page, name: string, slides: string[] | 'all'): Promise<void> {
  await page.goto('/dashboard');
  await page.locator('[data-testid="ml-section"][data-state="done"]').waitFor({ timeout: 300_000 });
  await page.goto('/wrapped?autoplay=0');
  await page.locator('[data-testid="story-slide"]:not([hidden])').waitFor();
  const count = await page.getByTestId('story-slide').count();
  for (let index = 0; index < count; index++) {
    const current = page.locator('[data-testid="story-slide"]:not([hidden])');
    const id = (await current.getAttribute('data-slide-id')) ?? String(index);
    if (slides === 'all' || slides.includes(id)) {
      // Let the generated words land before the shot.
      await page.waitForTimeout(id === 'insights' || id === 'intro' ? 1500 : 300);
      await page.screenshot({ path: join(out, `story-${name}-${id}.png`) });
    }
    await page.keyboard.press('ArrowRight');
  }
}

async function main() {
  const server = await startNextServer(3311);
  const browser = await launchBenchChromium();
  try {
    for (const [name, load] of [
      ['one-chat', importOneChat],
      ['demo', importDemoForBench],
    ] as const) {
      const phone = await newPage(browser, server.url, PHONE);
      await load(phone, server.url);
      await shootStory(phone, name, values.all ? 'all' : COMMITTED_SLIDES);
      if (values.all) {
        const desktop = await newPage(browser, server.url, DESKTOP);
        await load(desktop, server.url);
        await desktop.goto('/dashboard');
        await desktop.locator('[data-testid="ml-section"][data-state="done"]').waitFor({ timeout: 300_000 });
        await desktop.screenshot({ path: join(out, `dashboard-${name}.png`), fullPage: true });
        await desktop.goto('/models');
        await desktop.screenshot({ path: join(out, `models-${name}.png`), fullPage: true });
        await phone.goto('/dashboard');
        await phone.screenshot({ path: join(out, `dashboard-${name}-phone.png`), fullPage: true });
      }
      console.log(`${name}: screenshots in ${out}/`);
    }
  } finally {
    await browser.close();
    server.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
