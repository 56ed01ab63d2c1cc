import type { ImportSummary } from '@/lib/analysis/types';
import { describeSkipped } from '@/lib/ingest/skip-report';
import type { ImportRelation } from '@/workers/ingest/protocol';
import { RELATION_NOTES } from './relation-notes';

export function ImportSummaryLine({ summary, relation }: { summary: ImportSummary; relation?: ImportRelation }) {
  const skipped = describeSkipped(summary.skipped);
  const note = relation ? RELATION_NOTES[relation] : null;
  return (
    <div className="text-sm text-zinc-300" data-testid="import-summary">
      <p className="font-medium text-zinc-100">{summary.description}</p>
      {skipped.length > 0 && (
        <p className="mt-1 text-zinc-400">
          Left out: {skipped.join('; ')}.
        </p>
      )}
      {note && <p className="mt-1 text-zinc-400">{note}</p>}
    </div>
  );
}
