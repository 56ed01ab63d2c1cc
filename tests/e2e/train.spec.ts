/**
 * Teaching the app your own categories, in Chromium with the real models: the demo export
 * analysed, two categories defined, conversations labelled from the active-learning queue with
 * the keyboard, a head trained in the ML worker, and everything still there after a reload and
 * on the dashboard.
 */
import { expect, test, type Page } from '@playwright/test';
import { VOCABULARY } from '../../lib/demo/vocabulary';
import { importDemo } from './helpers';

const CODING = new Set(VOCABULARY.coding.topics.map((topic) => topic.title));
const FOOD_AND_FITNESS = new Set([...VOCABULARY.cooking.topics, ...VOCABULARY.fitness.topics].map((topic) => topic.title));
const PER_CATEGORY = 4;

async function addCategory(page: Page, name: string, description: string) {
  await page.getByTestId('category-name').fill(name);
  await page.getByTestId('category-description').fill(description);
  await page.getByTestId('category-add').click();
  await expect(page.getByTestId('category-row').filter({ hasText: name })).toBeVisible();
}

/** Labels the first queued conversation by its demo topic with keys 1/2, skips the rest with S; returns the key. */
async function answerFirst(page: Page): Promise<'1' | '2' | 's'> {
  const first = page.getByTestId('queue-item').first();
  await expect(first).toBeVisible({ timeout: 60_000 });
  const title = (await first.getAttribute('data-title'))!;
  const key = CODING.has(title) ? '1' : FOOD_AND_FITNESS.has(title) ? '2' : 's';
  await page.keyboard.press(key);
  await expect(page.getByTestId('queue-item').first()).not.toHaveAttribute('data-title', title, { timeout: 60_000 });
  return key;
}

test('define two categories, label, train, reload, and see them on the dashboard', async ({ page }) => {
  test.setTimeout(600_000);
  await importDemo(page);
  await page.goto('/train');
  // The queue needs the conversation vectors: the page waits for the ML analysis.
  await expect(page.getByTestId('train-categories')).toBeVisible({ timeout: 420_000 });

  await addCategory(page, 'Coding', 'programming, code, bugs, TypeScript, SQL, React');
  await addCategory(page, 'Food & fitness', 'cooking, recipes, baking, running, workouts, training');
  await expect(page.getByTestId('queue-reason').first()).toContainText(/\w/);

  const counts = { '1': 0, '2': 0, s: 0 };
  for (let asked = 0; asked < 120 && (counts['1'] < PER_CATEGORY || counts['2'] < PER_CATEGORY); asked++) {
    const key = await answerFirst(page);
    // Enough of one kind: skip further ones so both categories fill up.
    counts[key]++;
  }
  expect(counts['1']).toBeGreaterThanOrEqual(PER_CATEGORY);
  expect(counts['2']).toBeGreaterThanOrEqual(PER_CATEGORY);
  const labelled = counts['1'] + counts['2'];
  await expect(page.getByTestId('queue-status')).toContainText(`${labelled} labelled`);

  await page.getByTestId('train-button').click();
  const report = page.getByTestId('train-report');
  await expect(report).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('train-metrics')).toContainText('Ensemble');
  await expect(page.getByTestId('train-metrics')).toContainText('Trained head');
  await expect(page.getByTestId('train-metrics')).toContainText('zero-shot');
  expect(Number(await report.getAttribute('data-macro-f1'))).toBeGreaterThan(0.6);
  await expect(page.getByTestId('learning-curve')).toBeVisible();
  const summary = await page.getByTestId('train-summary').innerText();
  test.info().annotations.push({ type: 'worked example', description: `${summary} · ${await page.getByTestId('train-metrics').innerText()}` });

  await page.reload();
  await expect(page.getByTestId('category-row')).toHaveCount(2, { timeout: 120_000 });
  await expect(page.getByTestId('train-labelled')).toContainText(`(${labelled})`);
  await expect(page.getByTestId('train-summary')).toHaveText(summary);

  await page.goto('/dashboard');
  const card = page.getByTestId('custom-categories');
  await expect(card).toBeVisible({ timeout: 60_000 });
  const coding = card.locator('[data-testid="custom-category-share"][data-name="Coding"]');
  const food = card.locator('[data-testid="custom-category-share"][data-name="Food & fitness"]');
  expect(Number(await coding.getAttribute('data-count'))).toBeGreaterThan(0);
  expect(Number(await food.getAttribute('data-count'))).toBeGreaterThan(0);

  // The Wrapped gains a slide with them.
  await page.goto('/wrapped?autoplay=0');
  const slide = page.locator('[data-testid="story-slide"][data-slide-id="custom"]');
  for (let step = 0; step < 30 && !(await slide.isVisible()); step++) await page.keyboard.press('ArrowRight');
  await expect(slide).toBeVisible();
  await expect(page.getByTestId('custom-top')).toHaveText(/Coding|Food & fitness/);
});
