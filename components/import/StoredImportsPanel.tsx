'use client';
/** The user's stored Wrapped(s): open, switch between accounts, delete. */
import Link from 'next/link';
import type { ImportRow } from '@/lib/store/db';
import { DataActions } from '@/components/data/DataActions';
import { useImportActions } from '@/components/hooks/useStoredImports';
import { ImportSummaryLine } from './ImportSummaryLine';

export function StoredImportsPanel({ imports, activeId }: { imports: ImportRow[]; activeId: string | null }) {
  const { activate, remove } = useImportActions();
  const active = imports.find((row) => row.id === activeId) ?? imports[0];
  if (!active?.summary) return null;
  const others = imports.filter((row) => row.id !== active.id);
  return (
    <section aria-labelledby="your-wrapped" className="w-full rounded-3xl border border-white/10 bg-gradient-to-br from-violet-600/20 via-fuchsia-600/10 to-amber-500/10 p-6">
      <h2 id="your-wrapped" className="text-xl font-bold">
        Your Wrapped is ready
      </h2>
      <div className="mt-2">
        <ImportSummaryLine summary={active.summary} />
      </div>
      <div className="mt-4 flex flex-wrap gap-3">
        <Link href="/wrapped" className="rounded-xl bg-white px-5 py-2.5 font-semibold text-zinc-950 hover:bg-zinc-200 focus-visible:outline-2 focus-visible:outline-violet-400" data-testid="open-wrapped">
          Play your Wrapped ▶
        </Link>
        <Link href="/dashboard" className="rounded-xl border border-white/20 px-5 py-2.5 font-semibold hover:bg-white/10 focus-visible:outline-2 focus-visible:outline-violet-400">
          Explore the dashboard
        </Link>
      </div>
      {others.length > 0 && (
        <div className="mt-5">
          <h3 className="text-sm font-semibold text-zinc-300">Other imports on this device</h3>
          <ul className="mt-2 space-y-2">
            {others.map((row) => (
              <li key={row.id} className="flex flex-wrap items-center justify-between gap-2 rounded-xl bg-black/20 px-3 py-2 text-sm">
                <span>
                  {row.summary?.description} <span className="text-zinc-400">· {row.summary?.fileName}</span>
                </span>
                <span className="flex gap-2">
                  <button type="button" className="rounded-lg border border-white/15 px-3 py-1 hover:bg-white/10" onClick={() => activate.mutate(row.id)}>
                    Switch to this
                  </button>
                  <button type="button" className="rounded-lg border border-white/15 px-3 py-1 text-rose-300 hover:bg-white/10" onClick={() => remove.mutate(row.id)}>
                    Delete
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="mt-5 border-t border-white/10 pt-4">
        <DataActions />
      </div>
    </section>
  );
}
