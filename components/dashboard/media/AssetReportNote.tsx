/** What the export's files were, and which were missing or extra: said, never fatal. */
import type { AssetReport } from '@/lib/assets/types';
import { countOf, nounFor } from '@/lib/view/language';

export function AssetReportNote({ report }: { report: AssetReport }) {
  const { missing, extra } = report;
  if (missing.count === 0 && extra.count === 0) return null;
  // A lone conversations.json holds no files: every picture it mentions is "missing" by design.
  if (report.input === 'json') {
    return (
      <p className="rounded-2xl bg-white/5 p-4 text-sm text-zinc-300" data-testid="asset-report">
        You imported the conversations file alone, so the {countOf(missing.count, 'image or clip', { plural: 'images and clips' })} it mentions {nounFor(missing.count, 'is', 'are')} not here. Import the whole export zip to see them.
      </p>
    );
  }
  return (
    <details className="rounded-2xl bg-white/5 p-4 text-sm text-zinc-300" data-testid="asset-report">
      <summary className="cursor-pointer">
        {missing.count > 0 ? `${countOf(missing.count, 'file the conversations mention', { plural: 'files the conversations mention' })} ${nounFor(missing.count, 'is', 'are')} missing from the export` : ''}
        {missing.count > 0 && extra.count > 0 ? ' · ' : ''}
        {extra.count > 0 ? countOf(extra.count, 'file no conversation mentions', { plural: 'files no conversation mentions' }) : ''}
      </summary>
      {missing.examples.length > 0 ? (
        <ul className="mt-2 list-inside list-disc text-xs text-zinc-400" aria-label="Missing files">
          {missing.examples.map((example) => (
            <li key={example.pointer}>{example.kind}: {example.pointer}</li>
          ))}
        </ul>
      ) : null}
      {extra.examples.length > 0 ? (
        <ul className="mt-2 list-inside list-disc text-xs text-zinc-400" aria-label="Extra files">
          {extra.examples.map((path) => (
            <li key={path}>{path}</li>
          ))}
        </ul>
      ) : null}
    </details>
  );
}
