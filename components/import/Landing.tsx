'use client';
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { useImporter } from './ImporterProvider';
import { useStoredImports } from '@/components/hooks/useStoredImports';
import { DropZone } from './DropZone';
import { ImportErrorPanel } from './ImportErrorPanel';
import { ImportProgress } from './ImportProgress';
import { ImportSummaryLine } from './ImportSummaryLine';
import { StoredImportsPanel } from './StoredImportsPanel';
import { useAnalysisFreshness } from './useAnalysisFreshness';

export function Landing() {
  const router = useRouter();
  const stored = useStoredImports();
  const importer = useImporter();
  const { state } = importer;
  const { onReady } = importer;
  useEffect(() => onReady(() => router.push('/wrapped')), [onReady, router]);
  const activeId = stored.data?.activeId ?? null;
  useAnalysisFreshness(activeId, importer);

  const busy = state.status === 'running';
  return (
    <main className="mx-auto flex min-h-dvh w-full max-w-3xl flex-col items-center gap-8 px-5 py-12">
      <header className="text-center">
        <p className="text-sm font-semibold uppercase tracking-[0.3em] text-fuchsia-300">AI Wrapped</p>
        <h1 className="mt-3 text-4xl font-black leading-tight sm:text-6xl">
          Your year with AI,
          <br />
          <span className="bg-gradient-to-r from-violet-400 via-fuchsia-400 to-amber-300 bg-clip-text text-transparent">wrapped on your device.</span>
        </h1>
        <p className="mx-auto mt-4 max-w-xl text-zinc-400">
          Drop your ChatGPT, Claude or Gemini export. Everything is parsed and analysed in this browser — nothing is uploaded, no trackers.
        </p>
      </header>

      {state.status === 'running' && <ImportProgress label={state.label} progress={state.progress} onCancel={importer.cancel} />}
      {state.status === 'error' && <ImportErrorPanel error={state.error} onDismiss={importer.reset} />}
      {state.status === 'done' && (
        <div className="w-full rounded-2xl border border-emerald-500/30 bg-emerald-500/10 p-5" role="status">
          <ImportSummaryLine summary={state.outcome.summary} relation={state.outcome.relation} />
        </div>
      )}

      {!busy && stored.data && stored.data.imports.length > 0 && <StoredImportsPanel imports={stored.data.imports} activeId={activeId} />}
      {!busy && (
        <div className="flex w-full flex-col items-center gap-4">
          <DropZone onFiles={importer.importFiles} disabled={busy} />
          <button
            type="button"
            onClick={importer.importDemo}
            className="rounded-xl border border-white/20 px-5 py-2.5 font-semibold hover:bg-white/10 focus-visible:outline-2 focus-visible:outline-violet-400"
            data-testid="demo-button"
          >
            Try with demo data
          </button>
        </div>
      )}

      {!busy && stored.data?.imports.length === 0 && (
        <p className="text-sm text-zinc-400" data-testid="empty-state">
          No data stored on this device yet.
        </p>
      )}
    </main>
  );
}
