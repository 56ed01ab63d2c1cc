/**
 * Time from dropping a file on the landing page to the first story slide, in Debian's
 * Chromium against the production server (the user's real path: worker, IndexedDB, React).
 */
import { launchBenchChromium } from './chromium';

export interface FirstSlideResult {
  ok: boolean;
  ms: number;
  error?: string;
}

export async function measureFirstSlide(baseUrl: string, file: string, timeoutMs: number): Promise<FirstSlideResult> {
  const browser = await launchBenchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(baseUrl);
    await page.getByTestId('import-input').waitFor({ state: 'attached' });
    const started = Date.now();
    await page.getByTestId('import-input').setInputFiles(file);
    const outcome = await Promise.race([
      page.getByTestId('stat-conversations').first().waitFor({ state: 'attached', timeout: timeoutMs }).then(() => null),
      page.getByTestId('import-error').waitFor({ state: 'visible', timeout: timeoutMs }).then(async () => (await page.getByTestId('import-error').innerText()).split('\n')[0]),
    ]);
    const ms = Date.now() - started;
    return outcome ? { ok: false, ms, error: outcome } : { ok: true, ms };
  } catch (error) {
    return { ok: false, ms: NaN, error: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  } finally {
    await browser.close();
  }
}
