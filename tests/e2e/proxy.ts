/**
 * A loopback proxy in front of the test server, for what the browser alone cannot do: take the
 * server away (connections refused, as on a plane) and serve a changed file (a new build of the
 * service worker). Listens on a random port; its origin is a fresh origin for the browser.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TestProxy {
  origin: string;
  /** true: every connection is dropped before a byte is read. */
  setOffline(offline: boolean): void;
  /** Serves `pathname` with its body passed through `change`. */
  rewrite(pathname: string, change: (body: string) => string): void;
  close(): Promise<void>;
}

export async function startProxy(target: string): Promise<TestProxy> {
  const upstream = new URL(target);
  const rewrites = new Map<string, (body: string) => string>();
  let offline = false;

  const server = http.createServer((request, response) => {
    if (offline) {
      request.socket.destroy();
      return;
    }
    const pathname = new URL(request.url ?? '/', upstream).pathname;
    const change = rewrites.get(pathname);
    const headers = { ...request.headers, host: upstream.host, ...(change ? { 'accept-encoding': 'identity' } : {}) };
    const forward = http.request(new URL(request.url ?? '/', upstream), { method: request.method, headers }, (answer) => {
      if (!change) {
        response.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(response);
        return;
      }
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.on('end', () => {
        const body = Buffer.from(change(Buffer.concat(chunks).toString('utf8')));
        response.writeHead(answer.statusCode ?? 502, { ...answer.headers, 'content-length': String(body.length) });
        response.end(body);
      });
    });
    forward.on('error', () => response.destroy());
    request.pipe(forward);
  });
  // Keep-alive sockets would outlive "offline": track them to cut them too.
  const sockets = new Set<import('node:net').Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    origin: `http://127.0.0.1:${port}`,
    setOffline(value) {
      offline = value;
      if (value) for (const socket of sockets) socket.destroy();
    },
    rewrite(pathname, change) {
      rewrites.set(pathname, change);
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
