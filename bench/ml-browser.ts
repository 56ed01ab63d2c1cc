/**
 * Time from dropping an export on the landing page to its ML analysis stored (the `mlAnalyses`
 * row in IndexedDB), in Debian's Chromium against the production server: the user's real path,
 * ingest worker, ML worker with the teacher in a pool of WASM workers, IndexedDB vector cache.
 * Each run gets a fresh browser profile, so the vector cache starts empty.
 *
 * WebGPU is not measured: headless Chromium here only has SwiftShader, a software adapter that
 * runs 100× slower than WASM, and the app never picks it on its own.
 */
import type { Page } from '@playwright/test';
import { launchBenchChromium } from './chromium';
import type { MlAnalysis } from '../lib/ml/types';
import { boundingStage, GOALS, pipelineStages } from './ml-node';

export interface MlBrowserRun {
  ok: boolean;
  /** Drop → save-status "saved" (the import is stored), when it was seen. */
  savedMs: number | null;
  /** Drop → the mlAnalyses row exists. */
  mlRowMs: number;
  analysis: Pick<MlAnalysis, 'timings' | 'counts' | 'encoders'> | null;
  /** The models page's benchmark after the analysis, when asked for. */
  encoders?: EncoderBenchRow[] | { error: string };
  error?: string;
}

/** One row of the models page's benchmark: each encoder alone on the analysis backend. */
export interface EncoderBenchRow {
  encoder: string;
  device: string;
  textsPerSecond: number;
}

const POLL_MS = 200;

/** The stored ML analysis' timings, counts and encoders, or null while there is none. */
function readMlRow(page: Page) {
  return page.evaluate(async () => {
    const DB = 'ai-wrapped';
    // Opening a database that doesn't exist yet would create it at version 1 under the app's feet.
    if (!(await indexedDB.databases()).some((info) => info.name === DB)) return null;
    return new Promise<Pick<MlAnalysis, 'timings' | 'counts' | 'encoders'> | null>((resolve) => {
      const request = indexedDB.open(DB);
      request.onerror = () => resolve(null);
      request.onsuccess = () => {
        const db = request.result;
        db.onversionchange = () => db.close();
        if (!db.objectStoreNames.contains('mlAnalyses')) {
          db.close();
          return resolve(null);
        }
        const rows = db.transaction('mlAnalyses', 'readonly').objectStore('mlAnalyses').getAll();
        rows.onsuccess = () => {
          db.close();
          const analysis = (rows.result[0] as { analysis: MlAnalysis } | undefined)?.analysis;
          resolve(analysis ? { timings: analysis.timings, counts: analysis.counts, encoders: analysis.encoders } : null);
        };
        rows.onerror = () => {
          db.close();
          resolve(null);
        };
      };
    });
  });
}

/**
 * The encoders alone in this browser, through the models page's benchmark (32 of the import's
 * first messages, 3 rounds, after a warm-up), on the backend the analysis used.
 */
async function benchEncoders(page: Page, baseUrl: string): Promise<EncoderBenchRow[] | { error: string }> {
  try {
    await page.goto(`${baseUrl}/models`);
    await page.getByTestId('bench-run').click();
    await Promise.race([
      page.getByTestId('bench-table').waitFor({ timeout: 120_000 }),
      page.getByTestId('bench-error').waitFor({ timeout: 120_000 }).then(async () => {
        throw new Error(await page.getByTestId('bench-error').innerText());
      }),
    ]);
    return await page.getByTestId('bench-table').locator('tbody tr').evaluateAll((rows) =>
      rows.map((row) => ({
        encoder: row.getAttribute('data-encoder') ?? '',
        device: row.getAttribute('data-device') ?? '',
        textsPerSecond: Number(row.querySelector('[data-value]')?.getAttribute('data-value')),
      })),
    );
  } catch (error) {
    return { error: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
  }
}

export async function measureMlInBrowser(baseUrl: string, file: string, timeoutMs: number, options: { benchEncoders?: boolean } = {}): Promise<MlBrowserRun> {
  const browser = await launchBenchChromium();
  const errors: string[] = [];
  try {
    const page = await browser.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(baseUrl);
    await page.getByTestId('import-input').waitFor({ state: 'attached' });
    const started = Date.now();
    await page.getByTestId('import-input').setInputFiles(file);
    let savedMs: number | null = null;
    let pollError = '';
    while (Date.now() - started < timeoutMs) {
      // The page navigates to /wrapped mid-way; an evaluate in flight then throws, and the next poll retries.
      const polled = await Promise.all([
        page.locator('[data-testid="save-status"][data-state="saved"]').count().catch(() => 0),
        page.getByTestId('import-error').count().catch(() => 0),
        readMlRow(page).catch((error: unknown) => {
          pollError = error instanceof Error ? error.message.split('\n')[0]! : String(error);
          return null;
        }),
      ]);
      const [saved, importError, analysis] = polled;
      if (saved && savedMs === null) savedMs = Date.now() - started;
      if (analysis) {
        const mlRowMs = Date.now() - started;
        return { ok: true, savedMs, mlRowMs, analysis, ...(options.benchEncoders ? { encoders: await benchEncoders(page, baseUrl) } : {}) };
      }
      if (importError) {
        const message = (await page.getByTestId('import-error').first().innerText()).split('\n')[0];
        return { ok: false, savedMs, mlRowMs: NaN, analysis: null, error: `import failed: ${message}` };
      }
      await page.waitForTimeout(POLL_MS);
    }
    const mlError = await page.getByText(/analysis (failed|worker crashed)/i).first().innerText({ timeout: 1_000 }).catch(() => '');
    return { ok: false, savedMs, mlRowMs: NaN, analysis: null, error: `no mlAnalyses row after ${timeoutMs / 1000} s${mlError ? `: ${mlError}` : ''}${errors[0] ? `; page error: ${errors[0]}` : ''}${pollError ? `; last poll: ${pollError}` : ''}` };
  } catch (error) {
    return { ok: false, savedMs: null, mlRowMs: NaN, analysis: null, error: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  } finally {
    await browser.close();
  }
}

export interface MlBrowserRow extends MlBrowserRun {
  label: string;
  conversations: number;
  /** Distinct texts per encoder, from the Node run of the same export. */
  distinct?: { messages: number; conversations: number };
}

/**
 * The embed stage's time if each encoder ran at its benchmark rate, ÷ the stage's time in the
 * analysis. An estimate: the benchmark times 32 opening messages, not the conversation texts.
 */
export function browserEmbedEfficiency(row: MlBrowserRow): number | null {
  if (!row.analysis || !row.distinct || !row.encoders || 'error' in row.encoders) return null;
  const rate = (id: string) => (row.encoders as EncoderBenchRow[]).find((bench) => bench.encoder === id)?.textsPerSecond;
  const student = rate(row.analysis.encoders.messages.id);
  const teacher = rate(row.analysis.encoders.conversations.id);
  if (!student || !teacher) return null;
  const aloneMs = (row.distinct.messages / student + row.distinct.conversations / teacher) * 1000;
  return aloneMs / row.analysis.timings.embedMs;
}

export function printMlBrowser(rows: MlBrowserRow[]): void {
  const s = (ms: number | null | undefined) => (ms == null || Number.isNaN(ms) ? '—' : `${(ms / 1000).toFixed(2)} s`);
  console.log('\nTime to the full ML Wrapped in Chromium (drop the export → mlAnalyses row stored; fresh profile, empty vector cache):');
  console.table(
    rows.map((row) => {
      const a = row.analysis;
      // Drop → saved is the ingest; what is left beyond the pipeline's own total is model loading, hand-over and the save.
      const stages = a && row.savedMs !== null ? { ingest: row.savedMs, ...pipelineStages(a.timings), 'load+other': row.mlRowMs - row.savedMs - a.timings.totalMs } : null;
      return {
        'user msgs': a?.counts.userMessages ?? row.label,
        conversations: row.conversations,
        'drop → saved': s(row.savedMs),
        'drop → ML stored': row.ok ? s(row.mlRowMs) : `failed: ${row.error}`,
        'ML total (worker)': s(a?.timings.totalMs),
        'embed texts/s': a ? ((a.counts.textsEmbedded * 1000) / a.timings.embedMs).toFixed(0) : '—',
        'load+other': s(stages?.['load+other']),
        embed: s(a?.timings.embedMs),
        topics: s(a?.timings.topicsMs),
        language: s(a?.timings.languageMs),
        'bound by': stages ? boundingStage(stages, row.mlRowMs) : '—',
        'goal ≤ 15 s': row.label === '~3.5k' ? (row.ok && row.mlRowMs <= GOALS.fullWrappedMs ? 'met' : 'NOT met') : '',
      };
    }),
  );
  const teacher = rows.find((row) => row.analysis)?.analysis?.encoders.conversations;
  if (teacher) console.log(`Teacher in Chromium: ${teacher.id} on ${teacher.device}. WebGPU not measured: only SwiftShader here (~100× slower than WASM).`);
  for (const row of rows) {
    if (!row.encoders) continue;
    console.log(`\nEncoders alone in Chromium (models page benchmark after the ${row.label} import: 32 of its first messages, 3 rounds):`);
    if ('error' in row.encoders) console.log(`failed: ${row.encoders.error}`);
    else console.table(row.encoders.map((bench) => ({ encoder: bench.encoder, device: bench.device, 'texts/s': bench.textsPerSecond.toFixed(0) })));
    const efficiency = browserEmbedEfficiency(row);
    if (efficiency !== null) {
      console.log(`Embed stage in the analysis vs these rates (estimate, other texts): efficiency ≈ ${efficiency.toFixed(2)} (goal ≥ ${GOALS.efficiency}).`);
    }
  }
}
