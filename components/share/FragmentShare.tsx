'use client';
/**
 * The /share page's body: decodes the Wrapped from the URL fragment (never sent to the server)
 * and shows it, or says exactly why it cannot. It reads nothing else: no IndexedDB, no worker.
 */
import Link from 'next/link';
import { useEffect, useState } from 'react';
import { decodeShareFragment, fragmentFromHash, type DecodedFragment } from '@/lib/share/fragment';
import { SharedWrapped } from './SharedWrapped';

export function FragmentShare() {
  const [decoded, setDecoded] = useState<DecodedFragment | null>(null);

  useEffect(() => {
    const read = () => setDecoded(decodeShareFragment(fragmentFromHash(window.location.hash)));
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, []);

  if (!decoded) {
    return (
      <main className="grid min-h-dvh place-items-center bg-zinc-950 text-zinc-400" aria-busy="true">
        Opening the shared Wrapped…
      </main>
    );
  }
  if (decoded.ok) return <SharedWrapped payload={decoded.payload} />;
  return <ShareError message={decoded.error} />;
}

export function ShareError({ message, title = 'This share link can’t be opened' }: { message: string; title?: string }) {
  return (
    <main className="grid min-h-dvh place-items-center bg-linear-to-br from-violet-950 via-zinc-950 to-fuchsia-950 p-6">
      <div role="alert" className="max-w-md text-center" data-testid="share-error">
        <p className="text-6xl" aria-hidden="true">
          🔗
        </p>
        <h1 className="mt-4 text-3xl font-black tracking-tight">{title}</h1>
        <p className="mt-3 text-zinc-300" data-testid="share-error-message">
          {message}
        </p>
        <Link
          href="/"
          className="mt-8 inline-flex rounded-full bg-white px-6 py-3 font-bold text-zinc-900 transition hover:scale-105 focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-white"
        >
          Make your own Wrapped
        </Link>
      </div>
    </main>
  );
}
