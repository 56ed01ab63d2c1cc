'use client';
import type { MessageKind } from '@/lib/model/conversation';
import { KIND_LABELS } from '@/lib/view/conversation-filter';
import { isRecordedModel, modelDisplayName } from '@/lib/view/display-names';

export interface FilterDraft {
  search: string;
  model: string;
  kind: MessageKind | '';
  hasCode: boolean;
  /** YYYY-MM-DD from the date inputs. */
  from: string;
  to: string;
}

export const EMPTY_DRAFT: FilterDraft = { search: '', model: '', kind: '', hasCode: false, from: '', to: '' };

interface ConversationFilterBarProps {
  draft: FilterDraft;
  models: string[];
  onChange: (draft: FilterDraft) => void;
}

/**
 * What the model filter shows for each slug (the option's value stays the slug): "GPT-4o",
 * "Unrecorded model"; slugs that share a name ("text-davinci-002-render" and "…-sha" are both
 * GPT-3.5) keep the slug beside it so the options stay apart.
 */
export function modelOptionLabels(models: readonly string[]): Map<string, string> {
  const named = models.map((slug) => [slug, isRecordedModel(slug) ? modelDisplayName(slug) : 'Unrecorded model'] as const);
  const uses = new Map<string, number>();
  for (const [, name] of named) uses.set(name, (uses.get(name) ?? 0) + 1);
  return new Map(named.map(([slug, name]) => [slug, (uses.get(name) ?? 0) > 1 ? `${name} (${slug})` : name]));
}

const FIELD =
  'rounded-xl bg-zinc-950 px-3 py-2 text-sm text-zinc-100 ring-1 ring-white/10 focus-visible:outline-2 focus-visible:outline-fuchsia-400 [color-scheme:dark]';

export function ConversationFilterBar({ draft, models, onChange }: ConversationFilterBarProps) {
  const set = <K extends keyof FilterDraft>(key: K, value: FilterDraft[K]) => onChange({ ...draft, [key]: value });
  const dirty = JSON.stringify(draft) !== JSON.stringify(EMPTY_DRAFT);
  const modelLabels = modelOptionLabels(models);
  return (
    <form role="search" className="flex flex-col gap-3" onSubmit={(event) => event.preventDefault()}>
      <label className="sr-only" htmlFor="conversation-search">
        Search conversations
      </label>
      <input
        id="conversation-search"
        type="search"
        value={draft.search}
        onChange={(event) => set('search', event.target.value)}
        placeholder="Search titles and your messages…"
        className={`${FIELD} w-full py-2.5 text-base`}
        data-testid="conversation-search"
      />
      <div className="flex flex-wrap items-center gap-2">
        <label className="sr-only" htmlFor="filter-model">Model</label>
        <select id="filter-model" value={draft.model} onChange={(event) => set('model', event.target.value)} className={FIELD}>
          <option value="">All models</option>
          {models.map((model) => (
            <option key={model} value={model}>
              {modelLabels.get(model) ?? model}
            </option>
          ))}
        </select>
        <label className="sr-only" htmlFor="filter-kind">Content kind</label>
        <select id="filter-kind" value={draft.kind} onChange={(event) => set('kind', event.target.value as MessageKind | '')} className={FIELD}>
          <option value="">All content</option>
          {(Object.keys(KIND_LABELS) as MessageKind[]).map((kind) => (
            <option key={kind} value={kind}>
              {KIND_LABELS[kind]}
            </option>
          ))}
        </select>
        <label className={`${FIELD} flex cursor-pointer items-center gap-2`}>
          <input type="checkbox" checked={draft.hasCode} onChange={(event) => set('hasCode', event.target.checked)} className="accent-fuchsia-500" />
          Has code
        </label>
        <label className="flex items-center gap-1 text-xs text-zinc-400">
          From
          <input type="date" value={draft.from} onChange={(event) => set('from', event.target.value)} className={FIELD} />
        </label>
        <label className="flex items-center gap-1 text-xs text-zinc-400">
          To
          <input type="date" value={draft.to} onChange={(event) => set('to', event.target.value)} className={FIELD} />
        </label>
        {dirty ? (
          <button type="button" onClick={() => onChange(EMPTY_DRAFT)} className="rounded-xl px-3 py-2 text-sm text-fuchsia-300 hover:text-fuchsia-200 focus-visible:outline-2 focus-visible:outline-fuchsia-400">
            Clear filters
          </button>
        ) : null}
      </div>
    </form>
  );
}
