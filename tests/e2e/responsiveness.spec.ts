/**
 * A large import must not freeze the page: parsing runs in the worker, so the main thread
 * only sees progress messages. Long tasks (> 50 ms) are recorded during the whole import.
 */
import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { conversationsForBytes, generateDemoExport } from '../../lib/demo';
import { writeChunks } from '../../scripts/write-chunks';
import { fixtureDir } from './helpers';

const largeExport = join(fixtureDir, 'large-conversations.json');

test.beforeAll(async () => {
  await writeChunks(largeExport, generateDemoExport({ seed: 11, conversations: conversationsForBytes(40 * 1024 * 1024) }));
});

test('cancel stops a large import and keeps nothing of it', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('import-input').setInputFiles(largeExport);
  await expect(page.getByTestId('import-progress')).toBeVisible();
  await page.getByTestId('import-cancel').click();
  await expect(page.getByTestId('import-error')).toHaveAttribute('data-code', 'cancelled');
  await page.reload();
  await expect(page.getByTestId('empty-state')).toBeVisible();
});

test('the main thread stays responsive while a 40 MB export is imported', async ({ page }) => {
  test.setTimeout(300_000);
  const path = largeExport;

  await page.goto('/');
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[]; frames: number };
    w.longTasks = [];
    w.frames = 0;
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => w.longTasks.push(entry.duration))).observe({ type: 'longtask' });
    const tick = () => {
      w.frames++;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const started = Date.now();
  await page.getByTestId('import-input').setInputFiles(path);
  await expect(page.getByTestId('import-progress')).toBeVisible();
  // While the worker parses, the page still answers input.
  const probe = await page.evaluate(async () => {
    const t = performance.now();
    await new Promise((resolve) => setTimeout(resolve, 0));
    return performance.now() - t;
  });
  expect(probe).toBeLessThan(200);
  await page.waitForURL('**/wrapped', { timeout: 240_000 });
  const elapsed = Date.now() - started;
  const { longTasks } = await page.evaluate(() => ({ longTasks: (window as unknown as { longTasks: number[] }).longTasks }));
  const blocked = longTasks.reduce((sum, duration) => sum + duration, 0);
  test.info().annotations.push({ type: 'long tasks', description: `${longTasks.length} tasks, ${Math.round(blocked)} ms blocked of ${elapsed} ms` });
  // Navigation to the story renders once; nothing else may block for long.
  expect(Math.max(0, ...longTasks)).toBeLessThan(1000);
  expect(blocked / elapsed).toBeLessThan(0.25);
});
