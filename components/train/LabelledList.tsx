'use client';
/** The conversations labelled so far: change a label or remove it. */
import type { CustomCategory } from '@/lib/custom/types';
import { useLabelMutations, type LabelledConversation } from './useTrainingStore';

export function LabelledList({ importId, categories, labels }: { importId: string; categories: CustomCategory[]; labels: LabelledConversation[] }) {
  const { set, remove } = useLabelMutations('custom', importId);
  const known = new Set(categories.map((category) => category.id));
  const shown = [...labels].filter((label) => known.has(label.value)).reverse();
  return (
    <details className="rounded-3xl bg-zinc-900/80 p-5 ring-1 ring-white/10" data-testid="train-labelled">
      <summary className="cursor-pointer text-lg font-bold focus-visible:outline-2 focus-visible:outline-white">Labelled conversations ({shown.length})</summary>
      {shown.length === 0 ? (
        <p className="mt-3 text-sm text-zinc-400">None yet.</p>
      ) : (
        <ul className="mt-3 flex flex-col gap-1">
          {shown.map((label) => (
            <li key={label.conversationId} className="flex flex-wrap items-center gap-3 rounded-xl px-2 py-1 hover:bg-white/5" data-testid="labelled-row">
              <span className="min-w-0 flex-1 truncate text-sm">{label.title}</span>
              <select
                aria-label={`Category of “${label.title}”`}
                value={label.value}
                onChange={(event) => set.mutate({ conversationId: label.conversationId, value: event.target.value })}
                className="rounded-lg bg-zinc-950 px-2 py-1 text-sm ring-1 ring-white/15 focus-visible:outline-2 focus-visible:outline-fuchsia-400"
              >
                {categories.map((category) => (
                  <option key={category.id} value={category.id}>
                    {category.name}
                  </option>
                ))}
              </select>
              <button
                type="button"
                onClick={() => remove.mutate(label.conversationId)}
                className="rounded-full px-2 py-1 text-xs text-zinc-400 hover:text-rose-200 focus-visible:outline-2 focus-visible:outline-white"
                aria-label={`Remove the label of “${label.title}”`}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
