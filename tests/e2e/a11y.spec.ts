/**
 * Accessibility: axe-core on every kind of page (landing, story slides incl. the cover, dashboard,
 * share sheet, fragment share page, short-link page) with no serious or critical violation, and
 * the story used with the keyboard alone while reading what a screen reader gets: the carousel
 * and slide roles, the live region's announcements, visible focus on every control.
 * A summary of all findings by impact is printed for the release notes.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { decodeShareFragment, fragmentFromHash } from '../../lib/share/fragment';
import { goToSlide, importDemo } from './helpers';

type Impact = 'minor' | 'moderate' | 'serious' | 'critical';
interface PageFindings {
  page: string;
  violations: { rule: string; impact: Impact; nodes: number }[];
  /** Checks axe could not decide (e.g. contrast over gradients); covered by tests/unit/a11y/contrast. */
  incomplete: number;
}

async function audit(page: Page, name: string, findings: PageFindings[], include?: string): Promise<void> {
  // Let entrance transitions settle: mid-fade text would be measured at partial opacity.
  await page.waitForTimeout(800);
  const builder = new AxeBuilder({ page });
  if (include) builder.include(include);
  const results = await builder.analyze();
  findings.push({
    page: name,
    violations: results.violations.map((violation) => ({ rule: violation.id, impact: (violation.impact ?? 'minor') as Impact, nodes: violation.nodes.length })),
    incomplete: results.incomplete.length,
  });
  const blocking = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.impact} ${violation.id}: ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 5).join(' | ')}`);
  expect.soft(blocking, `axe on ${name}`).toEqual([]);
}

function printSummary(findings: PageFindings[]): void {
  const impacts: Impact[] = ['critical', 'serious', 'moderate', 'minor'];
  console.log('\naxe-core results by page (violations by impact; "needs review" = incomplete checks):');
  console.table(
    findings.map(({ page, violations, incomplete }) => ({
      page,
      ...Object.fromEntries(impacts.map((impact) => [impact, violations.filter((v) => v.impact === impact).length])),
      rules: violations.map((v) => `${v.rule} (${v.impact}, ${v.nodes})`).join(', ') || '—',
      'needs review': incomplete,
    })),
  );
}

test('axe: landing, story slides, dashboard, share sheet, share page and short link have no serious violations', async ({ page, request }) => {
  test.setTimeout(420_000);
  const findings: PageFindings[] = [];
  await page.emulateMedia({ reducedMotion: 'reduce' });

  await page.goto('/');
  await expect(page.getByTestId('demo-button')).toBeVisible();
  await audit(page, 'landing /', findings);

  await importDemo(page);
  await page.goto('/dashboard');
  await expect(page.getByTestId('ml-topics')).toBeVisible({ timeout: 180_000 });
  await audit(page, 'dashboard', findings);

  await page.goto('/wrapped?autoplay=0');
  await expect(page.getByTestId('tagline')).not.toBeEmpty();
  for (const slide of ['intro', 'messages', 'clock', 'topics', 'feelings', 'insights', 'persona', 'cover', 'summary']) {
    await goToSlide(page, slide);
    if (slide === 'cover') await expect(page.locator('[data-slide-id="cover"] img').first()).toBeVisible({ timeout: 60_000 });
    await audit(page, `story: ${slide}`, findings);
  }

  await page.goto('/dashboard');
  await page.getByTestId('share-open').click();
  const sheet = page.getByTestId('share-sheet');
  await expect(sheet).toBeVisible();
  const link = await page.getByTestId('share-link').inputValue();
  await audit(page, 'share sheet (dialog)', findings);

  await page.goto(link);
  await expect(page.getByTestId('shared-title')).toBeVisible();
  await audit(page, 'share page /share#d=…', findings);

  const decoded = decodeShareFragment(fragmentFromHash(new URL(link).hash));
  if (!decoded.ok) throw new Error(`the generated link does not decode: ${decoded.error}`);
  const created = await request.post('/api/share', { data: { payload: decoded.payload, ttlDays: 1 } });
  expect(created.status()).toBe(201);
  await page.goto(((await created.json()) as { url: string }).url);
  await expect(page.getByTestId('shared-title')).toBeVisible();
  await audit(page, 'short link /s/<id>', findings);

  printSummary(findings);
});

test('the story works by keyboard alone and tells a screen reader where it is', async ({ page }) => {
  test.setTimeout(240_000);
  await importDemo(page);
  await page.goto('/wrapped');
  const announcer = page.getByTestId('story-announcer');
  const carousel = page.getByRole('region', { name: 'Your Wrapped story' });
  await expect(carousel).toHaveAttribute('aria-roledescription', 'carousel');
  await expect(announcer).toHaveText(/^Slide 1 of (\d+): /);
  const count = Number((await announcer.textContent())!.match(/of (\d+)/)![1]);

  // Space pauses and plays (announced), the arrows move (announced with the slide's headline).
  await page.keyboard.press('Space');
  await expect(page.getByTestId('story-paused')).toBeVisible();
  await expect(announcer).toHaveText('Story paused.');
  await page.keyboard.press('ArrowRight');
  const second = carousel.getByRole('group', { name: new RegExp(`^2 of ${count}: `) });
  await expect(second).toBeVisible();
  await expect(second).toHaveAttribute('aria-roledescription', 'slide');
  const headline = (await second.getByRole('heading', { level: 2 }).textContent())!.trim();
  await expect(announcer).toHaveText(`Slide 2 of ${count}: ${(await second.getAttribute('aria-label'))!.replace(/^2 of \d+: /, '')}. ${headline}`);
  // Only the current slide is in the accessibility tree.
  await expect(carousel.getByRole('group', { name: new RegExp(`^\\d+ of ${count}: `) })).toHaveCount(1);
  await page.keyboard.press('ArrowLeft');
  await expect(announcer).toHaveText(new RegExp(`^Slide 1 of ${count}: `));
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await expect(announcer).toHaveText('Story playing.');
  await page.keyboard.press('Space');
  await expect(announcer).toHaveText('Story paused.');

  // Tab reaches every control, and each shows where focus is.
  const reached: string[] = [];
  for (let step = 0; step < 40; step++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return null;
      const style = getComputedStyle(element);
      const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
      const again = element.dataset.tabbed === 'yes';
      element.dataset.tabbed = 'yes';
      return { name: element.getAttribute('aria-label') ?? element.textContent?.trim() ?? element.tagName, ring, again };
    });
    if (!focused) continue;
    if (focused.again) break;
    expect(focused.ring, `focus ring on "${focused.name}"`).toBe(true);
    reached.push(focused.name);
  }
  for (const control of ['Play story', 'Close story and open the dashboard', 'Previous slide', 'Next slide']) expect(reached).toContain(control);

  // Controls work from the keyboard: Enter on Next, Space on Play (the button, not the story's shortcut, handles it).
  await page.getByRole('button', { name: 'Next slide' }).focus();
  await page.keyboard.press('Enter');
  await expect(announcer).toHaveText(new RegExp(`^Slide 3 of ${count}: `));
  await page.getByRole('button', { name: 'Play story' }).focus();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Pause story' })).toBeFocused();
  await expect(announcer).toHaveText('Story playing.');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Play story' })).toBeVisible();

  // Escape leaves for the dashboard.
  await page.keyboard.press('Escape');
  await page.waitForURL('**/dashboard');
});
