/**
 * The generated layer of the story: grounded words in five styles (deterministic per seed,
 * "Regenerate" moves on), narration that follows the story, and nothing leaving the device.
 */
import { expect, test, type Page } from '@playwright/test';
import { importDemo } from './helpers';

/** Reaches a slide with the keyboard, the way a user would. */
async function goToSlide(page: Page, id: string): Promise<void> {
  const target = page.locator(`[data-testid="story-slide"][data-slide-id="${id}"]`);
  for (let step = 0; step < 30 && !(await target.isVisible()); step++) await page.keyboard.press('ArrowRight');
  await expect(target).toBeVisible();
}

async function insightsText(page: Page): Promise<string> {
  const list = page.getByTestId('insights');
  await expect(list.locator('li')).toHaveCount(3);
  return (await list.innerText()).trim();
}

async function openStory(page: Page): Promise<void> {
  await page.goto('/wrapped?autoplay=0');
  await expect(page.getByTestId('tagline')).not.toBeEmpty();
}

async function mlDone(page: Page): Promise<void> {
  await page.goto('/dashboard');
  await expect(page.getByTestId('ml-topics')).toBeVisible({ timeout: 180_000 });
}

test('generated words: five styles, same seed same words, regenerate, nothing sent anywhere', async ({ page, baseURL }) => {
  test.setTimeout(300_000);
  const requests: { method: string; url: string }[] = [];
  page.on('request', (request) => requests.push({ method: request.method(), url: request.url() }));

  await importDemo(page);
  await mlDone(page);

  await openStory(page);
  await goToSlide(page, 'insights');
  const byStyle = new Map<string, string>();
  for (const style of ['poetic', 'technical', 'casual', 'professional', 'humorous']) {
    const before = byStyle.size > 0 ? await insightsText(page) : '';
    await page.getByRole('group', { name: 'Writing style' }).getByRole('button', { name: style }).click();
    if (before) await expect.poll(() => insightsText(page)).not.toBe(before);
    byStyle.set(style, await insightsText(page));
  }
  expect(new Set(byStyle.values()).size).toBe(5);

  // Same facts + style + seed → the same words after a reload; Regenerate writes new ones that stick.
  const humorous = byStyle.get('humorous')!;
  await openStory(page);
  await goToSlide(page, 'insights');
  expect(await insightsText(page)).toBe(humorous);
  await page.getByRole('button', { name: 'Regenerate' }).click();
  await expect.poll(() => insightsText(page)).not.toBe(humorous);
  const regenerated = await insightsText(page);
  await openStory(page);
  await goToSlide(page, 'insights');
  expect(await insightsText(page)).toBe(regenerated);
  await expect(page.getByTestId('text-source')).toHaveAttribute('data-engine', 'template');

  // The template engine works on the device: no request leaves, none carries a body.
  const origin = new URL(baseURL!).origin;
  expect(requests.filter((r) => new URL(r.url).origin !== origin)).toEqual([]);
  expect(requests.filter((r) => r.method !== 'GET')).toEqual([]);
});

/**
 * Headless Chromium has no speech engine, so a stand-in replaces speechSynthesis' speak/cancel:
 * it records what the story asked to be read and finishes each utterance after a moment.
 */
async function installSpeechRecorder(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const log: { kind: 'speak' | 'cancel'; text?: string }[] = [];
    (window as unknown as { __speech: typeof log }).__speech = log;
    let current: SpeechSynthesisUtterance | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    window.speechSynthesis.speak = (utterance) => {
      log.push({ kind: 'speak', text: utterance.text });
      current = utterance;
      utterance.onstart?.(new Event('start') as SpeechSynthesisEvent);
      timer = setTimeout(() => current === utterance && utterance.onend?.(new Event('end') as SpeechSynthesisEvent), 400);
    };
    window.speechSynthesis.cancel = () => {
      log.push({ kind: 'cancel' });
      clearTimeout(timer);
      current = null;
    };
  });
}

function spoken(page: Page): Promise<{ kind: string; text?: string }[]> {
  return page.evaluate(() => (window as unknown as { __speech: { kind: string; text?: string }[] }).__speech);
}

test('narration reads each slide and follows next and pause', async ({ page }) => {
  test.setTimeout(180_000);
  await installSpeechRecorder(page);
  await importDemo(page);

  await openStory(page);
  await page.getByRole('button', { name: 'Play my Wrapped aloud' }).click();
  // The intro is read, and when the voice finishes the story moves on and reads the next slide.
  await expect.poll(async () => (await spoken(page)).filter((entry) => entry.kind === 'speak').length).toBeGreaterThanOrEqual(2);
  const [intro, second] = (await spoken(page)).filter((entry) => entry.kind === 'speak');
  expect(intro!.text).toContain('conversations');
  expect(second!.text).not.toBe(intro!.text);

  // Pause silences the voice; Stop ends narration.
  await page.getByRole('button', { name: 'Pause story' }).click();
  await expect.poll(async () => (await spoken(page)).at(-1)?.kind).toBe('cancel');
  const countWhilePaused = (await spoken(page)).length;
  await page.waitForTimeout(1_000);
  expect((await spoken(page)).length).toBe(countWhilePaused);
  await page.getByRole('button', { name: 'Stop reading aloud' }).click();
  await expect(page.getByRole('button', { name: 'Play my Wrapped aloud' })).toBeVisible();
});
