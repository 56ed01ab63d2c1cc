import type { ImportSummary } from '@/lib/analysis/types';
import { skipReasonLabels, type SkipReason } from '@/lib/ingest/skip-report';
import type { ImportRelation } from '@/workers/ingest/protocol';
import { RELATION_NOTES } from './relation-notes';

export function ImportSummaryLine({ summary, relation }: { summary: ImportSummary; relation?: ImportRelation }) {
  const skipped = (Object.entries(summary.skipped) as [SkipReason, number][]).filter(([, count]) => count > 0);
  const note = relation ? RELATION_NOTES[relation] : null;
  return (
    <div className="text-sm text-zinc-300" data-testid="import-summary">
      <p className="font-medium text-zinc-100">{summary.description}</p>
      {skipped.length > 0 && (
        <p className="mt-1 text-zinc-400">
          Left out: {skipped.map(([reason, count]) => `${count.toLocaleString()} ${skipReasonLabels[reason]}`).join('; ')}.
        </p>
      )}
      {note && <p className="mt-1 text-zinc-400">{note}</p>}
    </div>
  );
}
