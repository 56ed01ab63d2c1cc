'use client';
/** Search, filter and read stored conversations, a page at a time. */
import { Suspense, useMemo, useRef, useState } from 'react';
import { Card } from '@/components/ui/Card';
import { useDebouncedValue } from '@/components/ui/useDebouncedValue';
import { dateInputToMs, type ConversationFilters } from '@/lib/view/conversation-filter';
import { ConversationDeepLink } from './ConversationDeepLink';
import { ConversationFilterBar, EMPTY_DRAFT, type FilterDraft } from './ConversationFilterBar';
import { ConversationList } from './ConversationList';
import { ConversationPanel } from './ConversationPanel';

interface ConversationBrowserProps {
  importId: string;
  models: string[];
  timeZone: string;
}

export function ConversationBrowser({ importId, models, timeZone }: ConversationBrowserProps) {
  const [draft, setDraft] = useState<FilterDraft>(EMPTY_DRAFT);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const opener = useRef<HTMLElement | null>(null);
  const search = useDebouncedValue(draft.search, 250);

  const filters = useMemo<ConversationFilters>(
    () => ({
      search,
      model: draft.model || null,
      kind: draft.kind || null,
      hasCode: draft.hasCode,
      from: dateInputToMs(draft.from, 'start'),
      to: dateInputToMs(draft.to, 'end'),
    }),
    [search, draft.model, draft.kind, draft.hasCode, draft.from, draft.to],
  );

  const open = (id: string) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setSelectedId(id);
  };
  /** From inside the panel (similar conversations): focus goes back to the original opener on close. */
  const openFromPanel = (id: string) => setSelectedId(id);
  const close = () => {
    setSelectedId(null);
    opener.current?.focus();
  };

  return (
    <Card title="Conversations" caption="Everything stays in this browser" className="lg:col-span-3">
      <Suspense fallback={null}>
        <ConversationDeepLink onOpen={open} />
      </Suspense>
      <ConversationFilterBar draft={draft} models={models} onChange={setDraft} />
      <div className="mt-4 grid gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <div className="max-h-[75vh] overflow-y-auto pr-1">
          <ConversationList importId={importId} filters={filters} timeZone={timeZone} selectedId={selectedId} onSelect={open} />
        </div>
        {selectedId ? (
          <ConversationPanel importId={importId} conversationId={selectedId} timeZone={timeZone} onClose={close} onOpen={openFromPanel} />
        ) : (
          <div className="hidden place-items-center rounded-2xl border border-dashed border-white/10 p-8 text-sm text-zinc-400 lg:grid">
            Pick a conversation to read it here.
          </div>
        )}
      </div>
    </Card>
  );
}
