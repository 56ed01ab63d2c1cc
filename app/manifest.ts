import type { MetadataRoute } from 'next';

/** The web app manifest (/manifest.webmanifest): what an installed AI Wrapped looks like. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: '/',
    name: 'AI Wrapped',
    short_name: 'AI Wrapped',
    description: 'Your year with AI, analysed on your device. Works offline; nothing is uploaded.',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    orientation: 'any',
    background_color: '#09090b',
    theme_color: '#09090b',
    categories: ['productivity', 'utilities'],
    icons: [
      { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
