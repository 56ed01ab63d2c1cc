import type { SerializedImportError } from '@/lib/ingest/import-error';

export function ImportErrorPanel({ error, onDismiss }: { error: SerializedImportError; onDismiss: () => void }) {
  const cancelled = error.code === 'cancelled';
  return (
    <div
      role="alert"
      data-testid="import-error"
      data-code={error.code}
      className={`w-full rounded-2xl border p-5 ${cancelled ? 'border-white/15 bg-white/5' : 'border-rose-500/40 bg-rose-500/10'}`}
    >
      <p className="font-semibold">{error.message}</p>
      <p className="mt-1 text-sm text-zinc-300">{error.hint}</p>
      <button type="button" onClick={onDismiss} className="mt-3 rounded-lg border border-white/15 px-3 py-1 text-sm hover:bg-white/10 focus-visible:outline-2 focus-visible:outline-violet-400">
        {cancelled ? 'OK' : 'Try another file'}
      </button>
    </div>
  );
}
