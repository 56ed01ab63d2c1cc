import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import './globals.css';
import { Providers } from './providers';

export const metadata: Metadata = {
  title: 'AI Wrapped — your year with AI, analysed on your device',
  description:
    'Drop your ChatGPT, Claude or Gemini export and get a private, story-style Wrapped. Nothing is uploaded.',
};

export const viewport: Viewport = { themeColor: '#09090b', width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-dvh">
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
