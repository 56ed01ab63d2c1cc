'use client';
/** Heads retrained and deployed on this site's server (model registry), as this browser holds them. */
import { Card } from '@/components/ui/Card';
import { useRegistryHeads } from './useRegistryHeads';

export function RegistryCard({ onAnalyse }: { onAnalyse: (() => void) | null }) {
  const { data, isPending, error } = useRegistryHeads();
  const held = Object.entries(data?.cached ?? {});
  return (
    <Card title="Server model registry" caption="Newer versions of the shipped heads that this site deploys are fetched once and used by the next analysis.">
      <div className="flex flex-col gap-3 text-sm text-zinc-300" data-testid="registry-card" data-state={isPending ? 'checking' : 'checked'}>
        {isPending ? <p role="status">Checking the registry…</p> : null}
        {error ? <p role="alert" className="text-rose-300">The registry could not be read: {error.message}</p> : null}
        {data && !data.available ? <p>This site has no model registry; the shipped heads are used.</p> : null}
        {data?.available && held.length === 0 ? <p>No shipped head has a deployed version on this site yet.</p> : null}
        {held.length > 0 ? (
          <ul className="flex flex-col gap-1">
            {held.map(([head, entry]) => (
              <li key={head} data-testid="registry-head" data-head={head} data-version={entry.version}>
                <span className="font-semibold text-zinc-100">{head}</span> v{entry.version}, fetched {new Date(entry.fetchedAt).toLocaleDateString()}
              </li>
            ))}
          </ul>
        ) : null}
        {data?.rejected.map(({ update, reason }) => (
          <p key={update.head} role="alert" className="text-amber-300">
            {update.head} v{update.version} was not used: {reason}
          </p>
        ))}
        {data && data.fetched.length > 0 && onAnalyse ? (
          <button type="button" onClick={onAnalyse} className="self-start rounded-full bg-fuchsia-600 px-4 py-1.5 font-bold text-white hover:bg-fuchsia-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-fuchsia-300">
            Re-run the analysis with it
          </button>
        ) : null}
      </div>
    </Card>
  );
}
