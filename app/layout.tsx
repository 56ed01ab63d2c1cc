import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import './globals.css';
import { PwaProvider } from '@/components/pwa/PwaProvider';
import { Providers } from './providers';

export const metadata: Metadata = {
  title: 'AI Wrapped — your year with AI, analysed on your device',
  description:
    'Drop your ChatGPT, Claude or Gemini export and get a private, story-style Wrapped. Nothing is uploaded.',
  applicationName: 'AI Wrapped',
  icons: {
    icon: [
      { url: '/icons/icon.svg', type: 'image/svg+xml' },
      { url: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
    ],
    apple: [{ url: '/icons/apple-touch-icon.png', sizes: '180x180' }],
  },
  appleWebApp: { capable: true, title: 'AI Wrapped', statusBarStyle: 'black-translucent' },
};

export const viewport: Viewport = { themeColor: '#09090b', width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-dvh">
        <PwaProvider>
          <Providers>{children}</Providers>
        </PwaProvider>
      </body>
    </html>
  );
}
