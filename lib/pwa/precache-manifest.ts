/**
 * Build time, inside `next build` (app/serwist/[path]/route.ts): what the service worker caches.
 *
 * - `pageEntries`: a serwist manifest transform that adds every static page of the app to the
 *   precache. The serwist route runs before Next has prerendered the pages (and may run in a
 *   process where .next/BUILD_ID does not exist yet), so the pages' revision hashes what their
 *   HTML is made from: the app's server code (`.next/server/app`, `.next/server/chunks/ssr`) and
 *   the client chunks.
 * - `modelManifest`: every model and runtime file under public/ (whatever is there at build
 *   time), with a content revision and its size, injected as `self.__MODEL_MANIFEST` by an
 *   esbuild plugin when the worker is bundled. These are not precached (see
 *   workers/sw/model-cache.ts).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ManifestEntry, ManifestTransform } from '@serwist/build';
import type { Plugin } from 'esbuild';
import { MODELS_PUBLIC_DIR } from '@/lib/models/catalog';
import { RUNTIME_FILES } from '@/lib/models/runtime-files';
import type { ModelEntry } from '@/workers/sw/model-cache';

/** Folders (relative to the project) whose files are models or model runtimes. */
export const MODEL_DIRS: readonly string[] = [MODELS_PUBLIC_DIR, ...RUNTIME_FILES.map((runtime) => `public/${runtime.publicDir}`)];

/**
 * Model folders the browser never loads. The float USE-lite is copied for reference, but the
 * browser runs use-lite-q8 (workers/ml/use-lite-runtime.ts): 28 MB not worth keeping offline.
 */
export const NOT_FOR_THE_BROWSER: readonly string[] = [`${MODELS_PUBLIC_DIR}/use-lite`];

/** Precached with the pages: the web app manifest (app/manifest.ts). */
const PAGE_LIKE_FILES = ['/manifest.webmanifest'];

function listFiles(dir: string, keep: (name: string) => boolean = () => true): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true, recursive: true });
  } catch {
    return [];
  }
  return entries.filter((entry) => entry.isFile() && keep(entry.name)).map((entry) => path.join(entry.parentPath, entry.name));
}

/**
 * The app's pages without dynamic segments, as URL paths: `app/wrapped/page.tsx` → `/wrapped`.
 * Route groups `(name)` add no segment; private `_folders`, parallel `@slots` and `[dynamic]`
 * segments are left out (those are rendered per request, like /s/[id]).
 */
export function staticPageRoutes(appDir: string): string[] {
  const routes: string[] = [];
  const walk = (dir: string, segments: string[]) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const { name } = entry;
      if (entry.isDirectory()) {
        if (/^[_@[]/.test(name)) continue;
        walk(path.join(dir, name), /^\(.+\)$/.test(name) ? segments : [...segments, name]);
      } else if (/^page\.(tsx|ts|jsx|js|mdx)$/.test(name)) {
        routes.push(`/${segments.join('/')}`);
      }
    }
  };
  walk(appDir, []);
  return routes.sort();
}

/** A hash of everything a prerendered page is made from (see the file comment). */
export function pageRevision(distDir: string, staticEntries: readonly ManifestEntry[]): string {
  const hash = createHash('sha256');
  const serverFiles = [path.join(distDir, 'server/app'), path.join(distDir, 'server/chunks/ssr')]
    .flatMap((dir) => listFiles(dir, (name) => name.endsWith('.js')))
    .sort();
  for (const file of serverFiles) hash.update(`${path.relative(distDir, file)}\0`).update(readFileSync(file));
  for (const entry of staticEntries) hash.update(`${entry.url}\0${entry.revision ?? ''}\0`);
  return hash.digest('hex').slice(0, 32);
}

export interface BuildPaths {
  /** The project root (serwist's glob directory). */
  cwd: string;
  distDir?: string;
}

/** Serwist manifest transform: the globbed shell plus every static page. */
export function pageEntries({ cwd, distDir = '.next' }: BuildPaths): ManifestTransform {
  return (entries) => {
    // turbopackIgnore: build-time reads; without it, output tracing would pull in the whole project.
    const revision = pageRevision(path.join(/*turbopackIgnore: true*/ cwd, distDir), entries.filter((entry) => entry.url.startsWith(`${distDir}/static/`)));
    const pages = [...staticPageRoutes(path.join(/*turbopackIgnore: true*/ cwd, 'app')), ...PAGE_LIKE_FILES].map((url) => ({ url, revision, size: 0 }));
    return { manifest: [...entries, ...pages], warnings: [] };
  };
}

/** Every model and runtime file the browser may load, with a content revision and its size. */
export function modelManifest({ cwd }: BuildPaths): ModelEntry[] {
  const publicDir = path.join(/*turbopackIgnore: true*/ cwd, 'public');
  const skipped = NOT_FOR_THE_BROWSER.map((dir) => path.join(/*turbopackIgnore: true*/ cwd, dir) + path.sep);
  return MODEL_DIRS.flatMap((dir) => listFiles(path.join(/*turbopackIgnore: true*/ cwd, dir)))
    .filter((file) => !skipped.some((prefix) => file.startsWith(prefix)))
    .sort()
    .map((file) => {
      const bytes = readFileSync(file);
      const url = `/${path.relative(publicDir, file).split(path.sep).join('/')}`;
      return { url, revision: createHash('sha256').update(bytes).digest('hex').slice(0, 32), bytes: bytes.length };
    });
}

/**
 * Injects `self.__MODEL_MANIFEST` into the worker bundle. As an esbuild plugin, the files are
 * read and hashed only when the worker is bundled, not whenever the route module loads.
 */
export function modelManifestPlugin(paths: BuildPaths): Plugin {
  return {
    name: 'ai-wrapped-model-manifest',
    setup(build) {
      const models = modelManifest(paths);
      if (models.length === 0) console.warn(`⚠ No model files under ${MODEL_DIRS.join(', ')}: run "npm run setup" first, or the app will not analyse offline.`);
      build.initialOptions.define = { ...build.initialOptions.define, 'self.__MODEL_MANIFEST': JSON.stringify(models) };
    },
  };
}
