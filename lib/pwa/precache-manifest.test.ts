import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MODEL_DIRS, modelManifest, NOT_FOR_THE_BROWSER, pageEntries, pageRevision, staticPageRoutes } from './precache-manifest';

function project(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'pwa-manifest-'));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  }
  return root;
}

const APP = {
  'app/page.tsx': '',
  'app/layout.tsx': '',
  'app/wrapped/page.tsx': '',
  'app/(marketing)/about/page.tsx': '',
  'app/s/[id]/page.tsx': '',
  'app/_parts/page.tsx': '',
  'app/api/share/route.ts': '',
  'app/serwist/[path]/route.ts': '',
  '.next/server/app/page.js': 'home v1',
  '.next/server/chunks/ssr/a.js': 'chunk v1',
};

describe('staticPageRoutes', () => {
  it('lists pages without dynamic segments; groups add no segment; private folders are skipped', () => {
    expect(staticPageRoutes(path.join(project(APP), 'app'))).toEqual(['/', '/about', '/wrapped']);
  });
});

describe('pageRevision', () => {
  it('changes with the server code and with the client chunks, not with prerendered output', () => {
    const root = project(APP);
    const dist = path.join(root, '.next');
    const chunks = [{ url: '.next/static/chunks/a1.js', revision: null }];
    const first = pageRevision(dist, chunks);
    writeFileSync(path.join(dist, 'server/app/index.html'), '<html>prerendered later</html>');
    expect(pageRevision(dist, chunks)).toBe(first);
    expect(pageRevision(dist, [{ url: '.next/static/chunks/b2.js', revision: null }])).not.toBe(first);
    writeFileSync(path.join(dist, 'server/chunks/ssr/a.js'), 'chunk v2');
    expect(pageRevision(dist, chunks)).not.toBe(first);
  });
});

describe('pageEntries', () => {
  it('adds every static page and the web app manifest, with one revision', async () => {
    const { manifest, warnings } = await pageEntries({ cwd: project(APP) })([{ url: '.next/static/chunks/a1.js', revision: null, size: 100 }]);
    expect(warnings).toEqual([]);
    expect(manifest.map((entry) => entry.url)).toEqual(['.next/static/chunks/a1.js', '/', '/about', '/wrapped', '/manifest.webmanifest']);
    expect(new Set(manifest.slice(1).map((entry) => entry.revision)).size).toBe(1);
  });
});

describe('modelManifest', () => {
  it('lists every file under the model folders with a content revision and size, not the Node-only ones', () => {
    const [models, runtime] = MODEL_DIRS;
    const root = project({ [`${models}/a/model.json`]: '{}', [`${models}/a/w.bin`]: 'abcd', [`${runtime}/x.wasm`]: 'wasm', [`${NOT_FOR_THE_BROWSER[0]}/model.json`]: 'float', 'public/icons/icon.svg': '<svg/>' });
    const listed = modelManifest({ cwd: root });
    const prefix = (dir: string) => `/${dir.replace(/^public\//, '')}`;
    expect(listed.map(({ url, bytes }) => [url, bytes])).toEqual([
      [`${prefix(models!)}/a/model.json`, 2],
      [`${prefix(models!)}/a/w.bin`, 4],
      [`${prefix(runtime!)}/x.wasm`, 4],
    ]);
    expect(listed[0]!.revision).toMatch(/^[0-9a-f]{32}$/);
    writeFileSync(path.join(root, `${models}/a/w.bin`), 'abce');
    expect(modelManifest({ cwd: root })[1]!.revision).not.toBe(listed[1]!.revision);
  });
});
