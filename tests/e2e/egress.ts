/**
 * Records every request a browser context makes — pages, their dedicated workers and the service
 * worker (Playwright reports all three on the context) — with what each could carry out: method,
 * URL, headers and body. Also collects CSP violations, which Chromium logs to the console of the
 * page or worker where they happen.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, ConsoleMessage, Page } from '@playwright/test';

export interface RecordedRequest {
  method: string;
  url: string;
  /** Who sent it: a page (or one of its workers), or the service worker. */
  from: 'page' | 'service worker';
  resourceType: string;
  headers: Record<string, string>;
  body: string;
}

export interface EgressRecorder {
  requests: RecordedRequest[];
  /** "Refused to …" console errors, anywhere in the context. */
  cspViolations: string[];
  /** Hooks a page for CSP events too (call before its first navigation). */
  watch(page: Page): Promise<void>;
}

export function recordEgress(context: BrowserContext): EgressRecorder {
  const requests: RecordedRequest[] = [];
  const cspViolations: string[] = [];
  const onConsole = (where: string) => (message: ConsoleMessage) => {
    if (/Content.Security.Policy|Refused to/i.test(message.text())) cspViolations.push(`${where}: ${message.text()}`);
  };
  context.on('request', (request) => {
    requests.push({
      method: request.method(),
      url: request.url(),
      from: request.serviceWorker() ? 'service worker' : 'page',
      resourceType: request.resourceType(),
      headers: request.headers(),
      body: request.postDataBuffer()?.toString('latin1') ?? '',
    });
  });
  context.on('serviceworker', (worker) => worker.on('console', onConsole(`service worker ${worker.url()}`)));
  context.on('page', (page) => {
    page.on('console', onConsole(`page ${page.url()}`));
    page.on('worker', (worker) => worker.on('console', onConsole(`worker ${worker.url()}`)));
  });
  return {
    requests,
    cspViolations,
    async watch(page) {
      await page.exposeFunction('__reportCspViolation', (line: string) => cspViolations.push(`page event: ${line}`));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          void (window as unknown as { __reportCspViolation: (line: string) => void }).__reportCspViolation(`${event.violatedDirective} blocked ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`);
        });
      });
    },
  };
}

/** The same request the same way: query values are dropped except for which parameters there were. */
function shape(request: RecordedRequest): string {
  const url = new URL(request.url);
  if (url.protocol === 'blob:') return 'blob:(object URL)';
  const query = [...url.searchParams.keys()].map((key) => `${key}=…`).join('&');
  return `${url.pathname}${query ? `?${query}` : ''}`;
}

export interface EgressLine {
  method: string;
  from: RecordedRequest['from'];
  kind: string;
  path: string;
  count: number;
}

export interface EgressKind {
  method: string;
  from: RecordedRequest['from'];
  kind: string;
  requests: number;
  paths: number;
}

/** One line per (method, sender, path): the full list. */
export function summarise(requests: readonly RecordedRequest[], kindOf: (url: URL) => string): EgressLine[] {
  const lines = new Map<string, EgressLine>();
  for (const request of requests) {
    const line = { method: request.method, from: request.from, kind: kindOf(new URL(request.url)), path: shape(request), count: 0 };
    const key = `${line.method} ${line.from} ${line.path}`;
    (lines.get(key) ?? lines.set(key, line).get(key)!).count++;
  }
  return [...lines.values()].sort((a, b) => a.kind.localeCompare(b.kind) || a.path.localeCompare(b.path) || a.from.localeCompare(b.from));
}

/** One line per (method, sender, kind): the table for the closing note. */
export function byKind(lines: readonly EgressLine[]): EgressKind[] {
  const kinds = new Map<string, EgressKind>();
  for (const line of lines) {
    const key = `${line.method} ${line.from} ${line.kind}`;
    const entry = kinds.get(key) ?? kinds.set(key, { method: line.method, from: line.from, kind: line.kind, requests: 0, paths: 0 }).get(key)!;
    entry.requests += line.count;
    entry.paths += 1;
  }
  return [...kinds.values()].sort((a, b) => a.kind.localeCompare(b.kind) || a.from.localeCompare(b.from));
}

export function writeEgressReport(file: string, report: unknown): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
}
