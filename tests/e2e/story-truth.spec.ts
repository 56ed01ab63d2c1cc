/**
 * The story tells the truth on every format: each fixture through the real UI with reduced
 * motion, every slide of every period read as a person sees it, the dashboard too, and the same
 * fact shows the same number in the story, on the dashboard and on the shared page.
 */
import { expect, test, type Page } from '@playwright/test';
import { chatGptExport, chatGptShardedExport, claudeExport, geminiTakeout, type ExportFixture } from '../fixtures/exports';
import { storyTextProblems } from '../fixtures/story-text';
import { makeZip } from '../unit/zip-fixtures';
import { importFile, waitForSaved, writeFixture } from './helpers';

test.use({ reducedMotion: 'reduce' });

async function zipFixture(name: string, fixture: ExportFixture): Promise<string> {
  const files = Object.fromEntries(
    Object.entries(fixture.files).map(([path, value]) => [path, path.endsWith('.json') ? JSON.stringify(value) : String(value)]),
  );
  const zip = await makeZip(files);
  return writeFixture(name, new Uint8Array(await zip.arrayBuffer()));
}

/** One two-turn chat: the smallest Wrapped there is. */
function oneChatExport(): string {
  const [first] = chatGptExport().files['conversations.json'] as unknown[];
  return writeFixture('one-chat.json', JSON.stringify([first]));
}

const FIXTURES: { label: string; path: () => Promise<string> }[] = [
  { label: 'one ChatGPT chat', path: async () => oneChatExport() },
  { label: 'ChatGPT sharded', path: () => zipFixture('truth-sharded.zip', chatGptShardedExport()) },
  { label: 'Claude', path: () => zipFixture('truth-claude.zip', claudeExport()) },
  { label: 'Gemini Takeout', path: () => zipFixture('truth-gemini.zip', geminiTakeout()) },
];

/** The period toggle's buttons, in order (the story and the dashboard list the same periods). */
function periodButtons(page: Page) {
  return page.getByRole('group', { name: 'Period' }).first().getByRole('button');
}

/** Every slide's text, in order, stepping with the keyboard. */
async function readStory(page: Page): Promise<{ id: string; text: string }[]> {
  const slides = page.getByTestId('story-slide');
  const count = await slides.count();
  const read: { id: string; text: string }[] = [];
  for (let index = 0; index < count; index++) {
    const current = page.locator('[data-testid="story-slide"]:not([hidden])');
    await expect(current).toHaveCount(1);
    read.push({ id: (await current.getAttribute('data-slide-id')) ?? '', text: await current.innerText() });
    if (index < count - 1) await page.keyboard.press('ArrowRight');
  }
  return read;
}

async function dataValue(page: Page, testId: string, attribute = 'data-value'): Promise<number> {
  return Number(await page.getByTestId(testId).first().getAttribute(attribute));
}

for (const fixture of FIXTURES) {
  test(`${fixture.label}: every slide and card reads right, one number per fact`, async ({ page }) => {
    test.setTimeout(300_000);
    await page.goto('/');
    await importFile(page, await fixture.path());
    await page.waitForURL('**/wrapped');
    await waitForSaved(page);
    // The ML layer adds achievements: wait for it, so every view counts the same ones.
    await page.goto('/dashboard');
    await expect(page.getByTestId('ml-section')).toHaveAttribute('data-state', /done|error/, { timeout: 180_000 });

    const dashboard: { conversations: number; messages: number; unlocked: number; total: number }[] = [];
    const periodCount = await periodButtons(page).count();
    expect(periodCount).toBeGreaterThan(0);
    for (let period = 0; period < periodCount; period++) {
      await periodButtons(page).nth(period).click();
      await expect(periodButtons(page).nth(period)).toHaveAttribute('aria-pressed', 'true');
      const text = await page.locator('main').innerText();
      expect(storyTextProblems(text), `dashboard, period ${period + 1}`).toEqual([]);
      dashboard.push({
        conversations: await dataValue(page, 'stat-conversations'),
        messages: await dataValue(page, 'stat-userMessages'),
        unlocked: await dataValue(page, 'dashboard-achievements', 'data-unlocked'),
        total: await dataValue(page, 'dashboard-achievements', 'data-total'),
      });
    }

    await page.goto('/wrapped?autoplay=0');
    await expect(periodButtons(page)).toHaveCount(periodCount);
    for (let period = 0; period < periodCount; period++) {
      await periodButtons(page).nth(period).click();
      await expect(periodButtons(page).nth(period)).toHaveAttribute('aria-pressed', 'true');
      // A new period starts its story from the first slide.
      await expect(page.locator('[data-testid="story-slide"]:not([hidden])')).toHaveAttribute('data-slide-id', 'intro');
      const slides = await readStory(page);
      for (const slide of slides) expect(storyTextProblems(slide.text), `story period ${period + 1}, slide ${slide.id}`).toEqual([]);
      const same = dashboard[period]!;
      expect(await dataValue(page, 'stat-conversations')).toBe(same.conversations);
      expect(await dataValue(page, 'stat-userMessages')).toBe(same.messages);
      expect(await dataValue(page, 'achievements-unlocked')).toBe(same.unlocked);
      expect(await dataValue(page, 'achievements-total')).toBe(same.total);
    }

    // The shared page of the last period: the numbers the link carries are the story's.
    const last = dashboard[periodCount - 1]!;
    await page.locator('[data-testid="story-slide"]:not([hidden])').getByTestId('share-open').click();
    const link = await page.getByTestId('share-link').inputValue();
    await page.goto(link);
    const shared = await page.getByTestId('shared-wrapped').innerText();
    expect(storyTextProblems(shared), 'shared page').toEqual([]);
    await expect(page.getByTestId('shared-stats')).toContainText(last.messages.toLocaleString('en-US'));
    await expect(page.getByTestId('shared-stats')).toContainText(last.conversations.toLocaleString('en-US'));
  });
}
