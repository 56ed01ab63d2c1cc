/**
 * npx tsx bench/big-import-browser.ts [--size 1000] [--port 3294] [--minutes 40] [--ml-minutes 20]
 * A generated export of `size` MB (1 GB by default) imported in Debian's Chromium against the
 * production build, the whole way: drop → first slide → every conversation stored; then, with
 * --ml-minutes, the dashboard's ML analysis that starts on its own, watched for that long.
 * Samples the memory of every Chromium process twice a second and tells which of three things
 * happened: it completed, it stopped with an error the page shows (the text is printed), or the
 * tab died.
 * Not part of CI (it takes minutes); run `npx next build` first. Writes bench/results/big-import.json.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { conversationsForBytes, generateDemoExport } from '../lib/demo';
import { writeChunks } from '../scripts/write-chunks';
import type { Page } from '@playwright/test';
import { launchBenchChromium } from './chromium';
import { startNextServer } from './next-server';

const MB = 1024 * 1024;

interface MemorySample {
  atMs: number;
  totalRss: number;
  rendererRss: number;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { size: { type: 'string', default: '1000' }, port: { type: 'string', default: '3294' }, minutes: { type: 'string', default: '40' }, 'ml-minutes': { type: 'string', default: '0' } },
  });
  const sizeMB = Number(values.size);
  const file = await ensureExport(sizeMB);
  const bytes = statSync(file).size;
  console.log(`Export: ${file} (${(bytes / MB).toFixed(0)} MB)`);
  const server = await startNextServer(Number(values.port));
  const browser = await launchBenchChromium();
  const samples: MemorySample[] = [];
  try {
    const page = await browser.newPage();
    let crashed = false;
    page.on('crash', () => (crashed = true));
    const consoleErrors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text().slice(0, 300)));
    await page.goto(server.url);
    await page.getByTestId('import-input').waitFor({ state: 'attached' });

    const chromium = chromiumRoot();
    const started = Date.now();
    const sampler = setInterval(() => samples.push({ atMs: Date.now() - started, ...chromiumMemory(chromium) }), 500);
    await page.getByTestId('import-input').setInputFiles(file);

    const deadline = started + Number(values.minutes) * 60_000;
    let firstSlideMs: number | null = null;
    let outcome: { kind: 'completed' | 'error' | 'dead tab' | 'timeout'; detail?: string; code?: string } | null = null;
    while (!outcome) {
      if (crashed) outcome = { kind: 'dead tab' };
      else if (Date.now() > deadline) outcome = { kind: 'timeout' };
      else {
        const state = await page
          .evaluate(() => {
            const error = document.querySelector<HTMLElement>('[data-testid="import-error"], [data-testid="save-status"][data-state="failed"]');
            return {
              slide: Boolean(document.querySelector('[data-testid="stat-conversations"]')),
              saved: Boolean(document.querySelector('[data-testid="save-status"][data-state="saved"]')),
              error: error ? { text: error.innerText, code: error.dataset.code ?? '' } : null,
            };
          })
          .catch(() => null);
        if (state?.slide && firstSlideMs === null) {
          firstSlideMs = Date.now() - started;
          console.log(`First slide after ${(firstSlideMs / 1000).toFixed(1)} s; saving…`);
        }
        if (state?.error) outcome = { kind: 'error', detail: state.error.text, code: state.error.code };
        else if (state?.saved) outcome = { kind: 'completed' };
        else await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
    }
    const totalMs = Date.now() - started;
    const usage = crashed ? null : await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? null).catch(() => null);
    const ml = outcome.kind === 'completed' && Number(values['ml-minutes']) > 0 ? await watchMl(page, Number(values['ml-minutes']), () => crashed, started) : null;
    clearInterval(sampler);
    const peak = (key: 'totalRss' | 'rendererRss') => Math.max(0, ...samples.map((sample) => sample[key]));
    const result = {
      machine: { node: process.version, cpus: Number(execFileSync('nproc', { encoding: 'utf8' }).trim()), memoryMB: Math.round(Number(/MemTotal:\s+(\d+)/.exec(readFileSync('/proc/meminfo', 'utf8'))?.[1] ?? 0) / 1024), date: new Date().toISOString() },
      build: readFileSync('.next/BUILD_ID', 'utf8').trim(),
      export: { file, bytes },
      outcome,
      firstSlideMs,
      totalMs,
      peakChromiumRssMB: Math.round(peak('totalRss') / MB),
      peakRendererRssMB: Math.round(peak('rendererRss') / MB),
      indexedDbUsageMB: usage === null ? null : Math.round(usage / MB),
      ml,
      consoleErrors: consoleErrors.slice(0, 20),
      memoryTimeline: samples.filter((_, i) => i % 20 === 0).map((sample) => ({ s: Math.round(sample.atMs / 1000), totalMB: Math.round(sample.totalRss / MB), rendererMB: Math.round(sample.rendererRss / MB) })),
    };
    console.log(JSON.stringify({ ...result, memoryTimeline: undefined }, null, 2));
    mkdirSync(join('bench', 'results'), { recursive: true });
    writeFileSync(join('bench', 'results', 'big-import.json'), JSON.stringify(result, null, 2));
    console.log('Wrote bench/results/big-import.json');
  } finally {
    await browser.close();
    server.stop();
  }
}

/** The dashboard's ML analysis of the stored import, until it is done, fails, kills the tab or time is up. */
async function watchMl(page: Page, minutes: number, crashed: () => boolean, started: number) {
  const from = Date.now();
  await page.goto(new URL('/dashboard', page.url()).href).catch(() => undefined);
  let last = '';
  while (Date.now() - from < minutes * 60_000) {
    if (crashed()) return { outcome: 'dead tab', atMs: Date.now() - started, last };
    const state = await page
      .evaluate(() => ({
        section: document.querySelector<HTMLElement>('[data-testid="ml-section"]')?.dataset.state ?? null,
        progress: document.querySelector<HTMLElement>('[data-testid="ml-progress"]')?.innerText.split('\n').slice(0, 3).join(' · ') ?? null,
        error: document.querySelector<HTMLElement>('[data-testid="ml-error"]')?.innerText ?? null,
      }))
      .catch(() => null);
    if (state?.error) return { outcome: 'error', detail: state.error, atMs: Date.now() - started };
    if (state?.section === 'done') return { outcome: 'completed', mlMs: Date.now() - from };
    if (state?.progress && state.progress !== last) console.log(`ML ${Math.round((Date.now() - from) / 1000)} s: ${(last = state.progress)}`);
    await new Promise((resolve) => setTimeout(resolve, 5_000));
  }
  return { outcome: 'still running', afterMinutes: minutes, last };
}

async function ensureExport(sizeMB: number): Promise<string> {
  const dir = join(process.env.BENCH_DATA_DIR ?? '/tmp', 'ai-wrapped-bench');
  const file = join(dir, `demo-${sizeMB}MB.json`);
  if (existsSync(file)) return file;
  mkdirSync(dir, { recursive: true });
  console.log(`Generating a ${sizeMB} MB demo export…`);
  await writeChunks(file, generateDemoExport({ seed: 7, conversations: conversationsForBytes(sizeMB * MB) }));
  return file;
}

/** The Chromium that Playwright started for us: our child process whose command is the browser. */
function chromiumRoot(): number {
  const children = processes().filter((proc) => proc.ppid === process.pid && /chrom/i.test(proc.command));
  if (!children[0]) throw new Error('Chromium process not found among this process’s children.');
  return children[0].pid;
}

/** RSS of the browser and all its descendants, and of its renderers alone (the page and its workers live there). */
function chromiumMemory(root: number): { totalRss: number; rendererRss: number } {
  const all = processes();
  const tree = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const proc of all) if (!tree.has(proc.pid) && tree.has(proc.ppid)) (tree.add(proc.pid), (grew = true));
  }
  let totalRss = 0;
  let rendererRss = 0;
  for (const proc of all) {
    if (!tree.has(proc.pid)) continue;
    totalRss += proc.rss;
    if (proc.command.includes('--type=renderer')) rendererRss += proc.rss;
  }
  return { totalRss, rendererRss };
}

function processes(): { pid: number; ppid: number; rss: number; command: string }[] {
  const page = 4096;
  const out: { pid: number; ppid: number; rss: number; command: string }[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const command = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ');
      out.push({ pid: Number(entry), ppid: Number(fields[1]), rss: Number(fields[21]) * page, command });
    } catch {
      // The process ended while we looked.
    }
  }
  return out;
}


void main();
