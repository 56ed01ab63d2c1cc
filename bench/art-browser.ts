/**
 * Cover art in Chromium against a running production server, through the studio (/art) on the
 * demo import: ms per 1024×1024 cover per style on WebGL2 (SwiftShader here: the CPU draws the
 * shaders) and on Canvas2D, ms per 12-frame 512×512 APNG, ms per share card at both sizes. The
 * worker times each job alone (jobs run one at a time); medians over a few seeds.
 */
import type { Page } from '@playwright/test';
import { importDemoForBench, launchBenchChromium } from './chromium';
import { COVER_STYLES } from '../lib/art/types';

export interface ArtBenchRow {
  name: string;
  value: string;
  goal?: string;
}

const RUNS = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

async function readyMs(page: Page, testId: string, timeout = 120_000): Promise<number> {
  const locator = page.getByTestId(testId);
  await locator.and(page.locator('[data-state="ready"]')).waitFor({ timeout });
  return Number(await locator.getAttribute('data-ms'));
}

/** Deals a new seed and waits for the five covers and both cards. */
async function renderAll(page: Page, seed: number): Promise<{ covers: Record<string, number>; cards: Record<string, number> }> {
  await page.getByTestId('studio-seed').fill(String(seed));
  const covers: Record<string, number> = {};
  for (const style of COVER_STYLES) covers[style] = await readyMs(page, `cover-${style}`);
  const cards: Record<string, number> = {};
  for (const size of ['story', 'preview']) cards[size] = await readyMs(page, `card-${size}`);
  return { covers, cards };
}

export async function benchArt(baseUrl: string, runs = RUNS): Promise<{ rows: ArtBenchRow[]; json: object }> {
  const browser = await launchBenchChromium();
  try {
    const page = await browser.newPage();
    await importDemoForBench(page, baseUrl);
    await page.goto(`${baseUrl}/art`);
    // The covers change once the ML layer lands; measure after.
    await page.locator('[data-testid="art-studio"][data-facts="ml"]').waitFor({ timeout: 300_000 });

    const samples = {
      webgl2: Object.fromEntries(COVER_STYLES.map((style) => [style, [] as number[]])),
      canvas2d: Object.fromEntries(COVER_STYLES.map((style) => [style, [] as number[]])),
      story: [] as number[],
      preview: [] as number[],
      animation: [] as number[],
    };
    const backends = { webgl2: '', canvas2d: '' };
    for (const backend of ['webgl2', 'canvas2d'] as const) {
      await page.getByTestId('studio-backend').selectOption(backend);
      // A warm-up round compiles the shaders and loads the fonts.
      await renderAll(page, 100);
      for (let run = 0; run < runs; run++) {
        const { covers, cards } = await renderAll(page, 101 + run);
        for (const style of COVER_STYLES) samples[backend][style]!.push(covers[style]!);
        if (backend === 'webgl2') {
          samples.story.push(cards.story!);
          samples.preview.push(cards.preview!);
        }
      }
      backends[backend] = (await page.getByTestId('cover-neon').getAttribute('data-backend')) ?? '';
    }
    await page.getByTestId('studio-backend').selectOption('auto');
    for (let run = 0; run < runs; run++) {
      await renderAll(page, 201 + run);
      const neon = page.getByTestId('cover-neon');
      await neon.getByRole('button', { name: 'Animate the neon cover' }).click();
      samples.animation.push(await readyMs(page, 'cover-animation', 300_000));
    }

    const ms = (values: number[]) => `${Math.round(median(values))} ms`;
    const rows: ArtBenchRow[] = [
      ...(['webgl2', 'canvas2d'] as const).flatMap((backend) =>
        COVER_STYLES.map((style) => ({ name: `Cover 1024² ${style} (${backend === 'webgl2' ? 'WebGL2' : 'Canvas2D'})`, value: ms(samples[backend][style]!) })),
      ),
      { name: 'Animation 12 frames 512² APNG (neon, WebGL2)', value: ms(samples.animation) },
      { name: 'Share card 1080×1920 (cover background)', value: ms(samples.story) },
      { name: 'Share card 1200×630 (cover background)', value: ms(samples.preview) },
    ];
    const medians = (values: Record<string, number[]>) => Object.fromEntries(Object.entries(values).map(([key, list]) => [key, Math.round(median(list))]));
    return {
      rows,
      json: {
        runs,
        backendsSeen: backends,
        medianMs: {
          webgl2: medians(samples.webgl2),
          canvas2d: medians(samples.canvas2d),
          animation: Math.round(median(samples.animation)),
          cardStory: Math.round(median(samples.story)),
          cardPreview: Math.round(median(samples.preview)),
        },
        samplesMs: samples,
      },
    };
  } finally {
    await browser.close();
  }
}
