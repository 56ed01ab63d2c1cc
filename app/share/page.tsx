import type { Metadata } from 'next';
import { FragmentShare } from '@/components/share/FragmentShare';

export const metadata: Metadata = {
  title: 'A shared AI Wrapped',
  description: 'Someone shared a summary of their year with AI. Make your own — it is analysed on your device.',
  robots: { index: false },
};

/** The Wrapped lives in the URL fragment, so the server renders only the shell. */
export default function SharePage() {
  return <FragmentShare />;
}
