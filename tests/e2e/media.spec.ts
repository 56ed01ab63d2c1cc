/**
 * Images and voice end to end in Chromium with the real bundled models: a zip with uploads,
 * DALL·E and generated images and voice clips is imported; after the text analysis the vision
 * worker looks at every image and whisper-tiny transcribes the clips the export left without
 * words; the dashboard gallery filters by kind and by what was seen, opens an image by keyboard,
 * and the story gains its image, creations and voice slides.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { wordErrorRate } from '../../lib/audio/wer';
import { generateDemoZip } from '../../lib/demo';
import { chatGptAssetExport, makeZip } from '../unit/zip-fixtures';
import { fixtureDir, goToSlide, importFile, waitForSaved, writeFixture } from './helpers';

interface StoredMediaCounts {
  images: number;
  generated: number;
  clipsToHear: number;
  vision: number;
  speech: number;
}

function storedMedia(page: Page): Promise<StoredMediaCounts> {
  return page.evaluate(async () => {
    const request = <T,>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error))));
    const db = await request(indexedDB.open('ai-wrapped'));
    const assets = (await request(db.transaction('assets').objectStore('assets').getAll())) as { kind: string; source: string; path: string | null; transcript?: string }[];
    const analyses = (await request(db.transaction('mediaAnalyses').objectStore('mediaAnalyses').getAll())) as { analyzer: string }[];
    db.close();
    const images = assets.filter((asset) => asset.kind === 'image' && asset.path !== null);
    return {
      images: images.length,
      generated: images.filter((asset) => asset.source !== 'upload').length,
      clipsToHear: assets.filter((asset) => asset.kind === 'audio' && asset.path !== null && !asset.transcript?.trim()).length,
      vision: analyses.filter((row) => row.analyzer === 'vision-1').length,
      speech: analyses.filter((row) => row.analyzer === 'speech-1').length,
    };
  });
}

test('images: analysed on the device, browsed in the gallery, told in the story', async ({ page }) => {
  test.setTimeout(480_000);
  const zip = writeFixture('media-demo.zip', Buffer.concat([...generateDemoZip({ seed: 11, conversations: 60 })]));
  await page.goto('/');
  await importFile(page, zip);
  await page.waitForURL('**/wrapped');
  await waitForSaved(page);

  await page.goto('/dashboard');
  const section = page.getByTestId('media-section');
  await expect(section).toBeVisible({ timeout: 60_000 });
  // The run starts once the text analysis is done, and ends with every image and clip done.
  await expect.poll(async () => {
    const counts = await storedMedia(page);
    return counts.vision === counts.images && counts.images > 0;
  }, { timeout: 360_000, intervals: [2_000] }).toBe(true);
  const counts = await storedMedia(page);
  await expect(page.getByTestId('media-running')).toBeHidden({ timeout: 30_000 });

  // The gallery: every image not flagged sensitive, then only the generated ones.
  const count = page.getByTestId('gallery-count');
  const all = Number(await count.getAttribute('data-value'));
  expect(all).toBeGreaterThan(0);
  expect(all).toBeLessThanOrEqual(counts.images);
  await page.getByRole('radio', { name: 'Generated', exact: true }).click();
  await expect(count).toHaveAttribute('data-value', String(counts.generated));
  await page.getByRole('radio', { name: 'All', exact: true }).click();

  // Filter by what the models saw: the first option narrows the grid.
  const seen = page.getByTestId('gallery-seen');
  const firstOption = await seen.locator('option').nth(1).getAttribute('value');
  expect(firstOption).toMatch(/^(theme|object):/);
  await seen.selectOption(firstOption!);
  const narrowed = Number(await count.getAttribute('data-value'));
  expect(narrowed).toBeGreaterThan(0);
  expect(narrowed).toBeLessThanOrEqual(all);

  // Open an image with the keyboard, read what was seen, close with Escape.
  await page.getByTestId('gallery-item').first().focus();
  await page.keyboard.press('Enter');
  const details = page.getByTestId('image-details');
  await expect(details).toBeVisible();
  await expect(details).toContainText('Looks like');
  await page.keyboard.press('Escape');
  await expect(details).toBeHidden();

  // The story's image and creations slides.
  await page.goto('/wrapped?autoplay=0');
  await goToSlide(page, 'images');
  await expect(page.locator('[data-slide-id="images"] h2')).toContainText(/You showed your assistant \d+ images?/);
  await goToSlide(page, 'creations');
  await expect(page.locator('[data-slide-id="creations"] h2')).toContainText(/made \d+ images? for you/);
});

const SPOKEN = 'What is the weather like in Paris today? Thank you very much for all your help today.';

test('voice: a clip the export left without words is transcribed by whisper-tiny in the browser', async ({ page }) => {
  test.setTimeout(300_000);
  // The export's spoken answer gets real speech (espeak-ng) and no transcript; the spoken question keeps the export's.
  const fixture = chatGptAssetExport('dat');
  const wav = join(fixtureDir, 'spoken.wav');
  execFileSync('espeak-ng', ['-w', wav, SPOKEN]);
  fixture.files[fixture.paths.file_00000000voice2!] = new Uint8Array(readFileSync(wav));
  const zip = writeFixture('voice-export.zip', new Uint8Array(await (await makeZip(fixture.files)).arrayBuffer()));

  await page.goto('/');
  await importFile(page, zip);
  await page.waitForURL('**/wrapped');
  await waitForSaved(page);
  await page.goto('/dashboard');
  await expect.poll(async () => (await storedMedia(page)).speech, { timeout: 240_000, intervals: [2_000] }).toBe(1);

  const clips = page.getByTestId('voice-clip-text');
  await expect(page.getByTestId('voice-stats')).toBeVisible();
  const heard = await page.evaluate(async () => {
    const request = <T,>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => ((r.onsuccess = () => resolve(r.result)), (r.onerror = () => reject(r.error))));
    const db = await request(indexedDB.open('ai-wrapped'));
    const rows = (await request(db.transaction('mediaAnalyses').objectStore('mediaAnalyses').getAll())) as { analyzer: string; result: { text: string; source: string } }[];
    db.close();
    return rows.find((row) => row.analyzer === 'speech-1')!.result;
  });
  expect(heard.source).toBe('whisper-tiny');
  expect(wordErrorRate(SPOKEN, heard.text), `heard: "${heard.text}"`).toBeLessThanOrEqual(0.25);
  // The user's own clip shows the export's words.
  await expect(clips.first()).toHaveText('How long does it bake?');

  await page.goto('/wrapped?autoplay=0');
  await goToSlide(page, 'voice');
  await expect(page.getByTestId('voice-share')).toContainText(/% of your turns were by voice/);
});
