/**
 * The service worker (`/serwist/sw.js`), bundled by esbuild from workers/sw/sw.ts when Next
 * prerenders this route at build time, with its manifests injected (lib/pwa/precache-manifest.ts).
 * This is @serwist/turbopack's way in: Turbopack has no plugin hook for it.
 */
import { createSerwistRoute } from '@serwist/turbopack';
import { MODEL_DIRS, modelManifestPlugin, pageEntries } from '@/lib/pwa/precache-manifest';

const cwd = process.cwd();

export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute({
  cwd,
  swSrc: 'workers/sw/sw.ts',
  // The native esbuild is installed (tsx brings it); esbuild-wasm is not.
  useNativeEsbuild: true,
  // A classic script, for browsers without module service workers.
  esbuildOptions: { format: 'iife', plugins: [modelManifestPlugin({ cwd })] },
  globPatterns: [
    // Hashed chunks and styles. Not *.wasm: the only one (ONNX Runtime's, 26 MB) is unused, the
    // app loads ORT from /ort/ (lib/ml/hub/settings.ts); anything else fetched from
    // /_next/static/ is cached on first use by the worker.
    '.next/static/**/*.{js,mjs,css,woff2,png,svg,ico,json}',
    'public/**/*',
  ],
  // Model files are cached after install, from their own manifest (the plugin above).
  globIgnores: MODEL_DIRS.map((dir) => `${dir}/**`),
  // The default (2 MB) would silently leave out the biggest chunks (TF.js, ONNX Runtime: 2–4 MB),
  // and with them the workers that load them offline.
  maximumFileSizeToCacheInBytes: 32 * 1024 * 1024,
  manifestTransforms: [pageEntries({ cwd })],
});
