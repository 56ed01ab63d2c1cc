/** @type {import('next').NextConfig} */

const dev = process.env.NODE_ENV === 'development';

/**
 * Where transformers.js may download hub models from, once the user switches hub models on:
 * the deployer's mirror (NEXT_PUBLIC_MODEL_BASE_URL, which then replaces the hub entirely, see
 * lib/ml/hub/settings.ts) or Hugging Face, whose file URLs redirect to its CDNs (cdn-lfs.hf.co,
 * cas-bridge.xethub.hf.co…). Nothing else off this origin is ever fetched.
 */
function hubOrigins() {
  const mirror = process.env.NEXT_PUBLIC_MODEL_BASE_URL?.trim();
  if (mirror) {
    if (!URL.canParse(mirror) || !/^https?:$/.test(new URL(mirror).protocol)) {
      throw new Error(`NEXT_PUBLIC_MODEL_BASE_URL must be an absolute http(s) URL, got "${mirror}".`);
    }
    return [new URL(mirror).origin];
  }
  return ['https://huggingface.co', 'https://*.huggingface.co', 'https://*.hf.co'];
}

/**
 * The app's Content-Security-Policy: its own scripts, workers and WASM, images and audio from
 * blob:/data: URLs it makes itself, its own fonts, and no connection anywhere but this origin (and
 * its own blob: objects) and the hub above.
 *
 * Scripts need 'unsafe-inline': Next.js inlines its bootstrap and RSC payload as <script> tags,
 * and every page is static HTML that the service worker serves from its cache, so a per-request
 * nonce cannot exist (a cached nonce is a constant). What an injected script could do is still
 * boxed in: no eval, no connection off this origin (connect-src), no form posts elsewhere, no
 * plugins, no <base> rewrites, no framing. blob: scripts: ONNX Runtime (whisper-tiny, the hub
 * models) imports its WASM factory through a blob: module from a bundled worker; a blob: URL can
 * only be minted by script already running on this origin.
 */
function contentSecurityPolicy() {
  const directives = {
    'default-src': ["'self'"],
    'script-src': ["'self'", "'unsafe-inline'", "'wasm-unsafe-eval'", 'blob:', ...(dev ? ["'unsafe-eval'"] : [])],
    'style-src': ["'self'", "'unsafe-inline'"],
    'worker-src': ["'self'", 'blob:'],
    'img-src': ["'self'", 'blob:', 'data:'],
    'media-src': ["'self'", 'blob:'],
    'font-src': ["'self'"],
    // blob: the page reads back objects it made itself (covers, cards); nothing leaves the browser.
    'connect-src': ["'self'", 'blob:', ...hubOrigins()],
    'manifest-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

const everywhere = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'no-referrer' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), browsing-topics=()' },
  { key: 'X-Frame-Options', value: 'DENY' },
];

// Pages, scripts, model files and the service worker. Cross-origin isolation (COOP + COEP) lets
// ONNX Runtime and TF.js use WASM threads (SharedArrayBuffer); CORP keeps other sites from
// embedding our files.
const appOnly = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy() },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Cross-Origin-Embedder-Policy', value: 'require-corp' },
  { key: 'Cross-Origin-Resource-Policy', value: 'same-origin' },
];

module.exports = {
  reactStrictMode: true,
  poweredByHeader: false,
  // better-sqlite3: native addon for the short-link and cover-cache store. esbuild: bundles the
  // service worker at build time (app/serwist/[path]/route.ts). Both loaded by Node, never bundled.
  serverExternalPackages: ['better-sqlite3', 'esbuild'],
  async headers() {
    return [
      { source: '/:path*', headers: everywhere },
      // Not under /api/: routes set their own CSP (default-src 'none') and CORP (the OG image is
      // cross-origin, for crawlers and embeds), and config headers would override them.
      { source: '/:path((?!api/).*)', headers: appOnly },
    ];
  },
};
