/**
 * A loopback server for the worker benchmarks: a blank page, the bundled bench worker, chosen
 * folders of public/ (models, runtimes) and any extra routes, cross-origin isolated so WASM
 * threads are allowed.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.html': 'text/html',
  '.txt': 'text/plain',
  '.bin': 'application/octet-stream',
  '.wav': 'audio/wav',
};

export interface BenchServerOptions {
  /** The repository root (public/ is read under it). */
  root: string;
  title: string;
  workerCode: string;
  /** Folders of public/ the page may read, e.g. ['models', 'tfjs']. */
  publicDirs: readonly string[];
  /** Other files by URL path, e.g. generated clips. */
  files?: (pathname: string) => string | null;
}

export async function serveBench({ root, title, workerCode, publicDirs, files }: BenchServerOptions): Promise<{ url: string; server: Server }> {
  const publicRoot = path.join(root, 'public');
  const allowed = new RegExp(`^/(${publicDirs.join('|')})/`);
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const send = (status: number, body: string | Buffer, type = 'text/plain') =>
      response.writeHead(status, { 'content-type': type, 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' }).end(body);
    if (url.pathname === '/') return send(200, `<!doctype html><title>${title}</title>`, TYPES['.html']);
    if (url.pathname === '/bench-worker.js') return send(200, workerCode, TYPES['.js']);
    const extra = files?.(url.pathname) ?? null;
    const file = extra ?? path.join(publicRoot, path.normalize(url.pathname));
    if (extra === null && (!allowed.test(url.pathname) || !file.startsWith(publicRoot))) return send(404, 'not found');
    try {
      send(200, await readFile(file), TYPES[path.extname(file)] ?? 'application/octet-stream');
    } catch {
      send(404, 'not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { url: `http://127.0.0.1:${address.port}`, server };
}
