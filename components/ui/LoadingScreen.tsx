export function LoadingScreen({ label = 'Loading your data…' }: { label?: string }) {
  return (
    <main className="grid min-h-dvh place-items-center bg-zinc-950" aria-busy="true">
      <div className="flex flex-col items-center gap-4 text-zinc-400">
        <span className="size-10 animate-spin rounded-full border-4 border-white/10 border-t-fuchsia-400" aria-hidden="true" />
        <p role="status">{label}</p>
      </div>
    </main>
  );
}
