/** The production build served by `next start` on a loopback port, for the browser benchmarks. */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface NextServer {
  url: string;
  stop: () => void;
}

/** `build`: run `next build` when there is none (else refuse to start without one). */
export async function startNextServer(port: number, { build = false } = {}): Promise<NextServer> {
  if (!existsSync('.next/BUILD_ID')) {
    if (!build) throw new Error('No production build: run `npx next build` first.');
    execFileSync('npx', ['next', 'build'], { stdio: 'inherit' });
  }
  const url = `http://127.0.0.1:${port}`;
  // A leftover server would serve another build's chunks and every measurement would fail.
  if (await isUp(url)) throw new Error(`Port ${port} is already in use; stop that server first.`);
  // Its own process group, so stopping it also stops the next-server child that npx starts.
  const child = spawn('npx', ['next', 'start', '-p', String(port), '-H', '127.0.0.1'], { stdio: 'ignore', detached: true });
  const stop = () => process.kill(-child.pid!, 'SIGTERM');
  for (let i = 0; i < 120; i++) {
    if (await isUp(url)) return { url, stop };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  stop();
  throw new Error('next start did not come up');
}

async function isUp(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}
