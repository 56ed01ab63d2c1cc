import Link from 'next/link';

/** Shown where there is no analysed import yet. */
export function EmptyState({ title = 'Nothing to unwrap yet' }: { title?: string }) {
  return (
    <main data-testid="no-analysis" className="grid min-h-dvh place-items-center bg-linear-to-br from-violet-950 via-zinc-950 to-fuchsia-950 p-6">
      <div className="max-w-md text-center">
        <p className="text-6xl" aria-hidden="true">🎁</p>
        <h1 className="mt-4 text-3xl font-black tracking-tight">{title}</h1>
        <p className="mt-3 text-zinc-300">
          Import your ChatGPT, Claude or Gemini export first. It is analysed right here in your browser and never uploaded.
        </p>
        <Link
          href="/"
          className="mt-8 inline-flex rounded-full bg-white px-6 py-3 font-bold text-zinc-900 transition hover:scale-105 focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-white"
        >
          Import my data
        </Link>
      </div>
    </main>
  );
}
