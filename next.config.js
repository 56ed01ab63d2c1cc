/** @type {import('next').NextConfig} */

// Cross-origin isolation lets ONNX Runtime use WASM threads (SharedArrayBuffer).
const isolationHeaders = [
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  { key: 'Cross-Origin-Embedder-Policy', value: 'require-corp' },
];

const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'no-referrer' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
];

module.exports = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native addon for the short-link and cover-cache store: loaded by Node, never bundled.
  serverExternalPackages: ['better-sqlite3'],
  async headers() {
    return [{ source: '/:path*', headers: [...isolationHeaders, ...securityHeaders] }];
  },
};
