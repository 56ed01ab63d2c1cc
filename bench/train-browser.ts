/**
 * In-browser training time for 50 / 500 / 5,000 labelled vectors, in Debian's Chromium against
 * the production server: the /train page's speed test, which trains the logistic and the MLP
 * head in the ML worker on synthetic 4-class 512-d vectors through the Train button's code
 * (final fit, and cross-validation + zero-shot + ensemble scores). Measured after the demo's
 * ML analysis, so the worker is idle.
 */
import { importDemoForBench, launchBenchChromium } from './chromium';

export interface TrainBrowserRow {
  labels: number;
  model: string;
  fitMs: number;
  evaluateMs: number;
}

export async function benchTrainBrowser(baseUrl: string): Promise<{ rows: TrainBrowserRow[]; json: object }> {
  const browser = await launchBenchChromium();
  try {
    const page = await browser.newPage();
    await importDemoForBench(page, baseUrl);
    await page.goto(`${baseUrl}/train`);
    await page.getByTestId('train-categories').waitFor({ timeout: 420_000 });
    await page.getByText('Training speed on this device').click();
    await page.getByTestId('train-bench-run').click();
    await Promise.race([
      page.getByTestId('train-bench-table').waitFor({ timeout: 300_000 }),
      page.getByTestId('train-bench-error').waitFor({ timeout: 300_000 }).then(async () => {
        throw new Error(await page.getByTestId('train-bench-error').innerText());
      }),
    ]);
    const rows = await page.getByTestId('train-bench-table').locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => {
        const data = (tr as HTMLElement).dataset;
        return { labels: Number(data.labels), model: data.model ?? '', fitMs: Number(data.fitMs), evaluateMs: Number(data.evaluateMs) };
      }),
    );
    const userAgent = await page.evaluate(() => navigator.userAgent);
    return { rows, json: { userAgent, rows } };
  } finally {
    await browser.close();
  }
}
