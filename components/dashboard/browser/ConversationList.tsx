'use client';
import { useEffect, useRef } from 'react';
import { CONVERSATION_PAGE_SIZE, useConversations, type ConversationFilters } from '@/components/hooks/useWrappedData';
import { isRecordedModel, modelDisplayName } from '@/lib/view/display-names';
import { formatNumber, formatTimestamp } from '@/lib/view/format';
import { countOf, pluralOf } from '@/lib/view/language';

interface ConversationListProps {
  importId: string;
  filters: ConversationFilters;
  timeZone: string;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

export function ConversationList({ importId, filters, timeZone, selectedId, onSelect }: ConversationListProps) {
  const query = useConversations(importId, filters);
  const sentinel = useRef<HTMLDivElement>(null);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = query;

  // Loads the next page as the end of the list scrolls into view.
  useEffect(() => {
    const target = sentinel.current;
    if (!target || !hasNextPage) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting) && !isFetchingNextPage) void fetchNextPage();
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  // A page cut short by the scan budget means the search is still going: keep reading.
  const lastPage = query.data?.pages.at(-1);
  const scanning = Boolean(lastPage && lastPage.conversations.length < CONVERSATION_PAGE_SIZE && hasNextPage);
  useEffect(() => {
    if (scanning && !isFetchingNextPage) void fetchNextPage();
  }, [scanning, isFetchingNextPage, fetchNextPage]);

  if (query.isPending) return <p className="p-4 text-sm text-zinc-400" role="status">Loading conversations…</p>;
  if (query.isError) return <p className="p-4 text-sm text-rose-300" role="alert">Could not read conversations: {String(query.error)}</p>;

  const conversations = query.data.pages.flatMap((page) => page.conversations);
  if (conversations.length === 0) {
    return (
      <p className="p-4 text-sm text-zinc-400" role="status">
        {scanning ? 'Searching…' : 'No conversations match.'}
      </p>
    );
  }

  return (
    <div className="flex flex-col">
      <p className="px-1 pb-2 text-xs text-zinc-400" role="status" data-testid="conversation-count">
        {/* More pages to come: "150+ conversations". */}
        {hasNextPage ? `${formatNumber(conversations.length)}+ ${pluralOf('conversation')}` : countOf(conversations.length, 'conversation')}, newest first{scanning ? ' · searching…' : ''}
      </p>
      <ul className="flex flex-col gap-1" data-testid="conversation-list">
        {conversations.map((conversation) => {
          const selected = conversation.id === selectedId;
          return (
            <li key={conversation.id}>
              <button
                type="button"
                onClick={() => onSelect(conversation.id)}
                aria-current={selected ? 'true' : undefined}
                data-conversation-id={conversation.id}
                className={`w-full rounded-2xl px-3 py-2.5 text-left transition focus-visible:outline-2 focus-visible:outline-fuchsia-400 ${
                  selected ? 'bg-fuchsia-500/20 ring-1 ring-fuchsia-400/40' : 'hover:bg-white/5'
                }`}
              >
                <span className="line-clamp-1 font-semibold">{conversation.title || 'Untitled'}</span>
                <span className="mt-0.5 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-zinc-400">
                  <span>{formatTimestamp(conversation.createdAt, timeZone)}</span>
                  <span aria-hidden="true">·</span>
                  <span>{countOf(conversation.messageCount, 'message')}</span>
                  {conversation.model && isRecordedModel(conversation.model) ? (
                    <span className="rounded-full bg-white/5 px-2 py-0.5" data-model={conversation.model}>
                      {modelDisplayName(conversation.model)}
                    </span>
                  ) : null}
                  {conversation.hasCode ? <span className="rounded-full bg-cyan-500/15 px-2 py-0.5 text-cyan-200">code</span> : null}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      <div ref={sentinel} className="h-px" aria-hidden="true" />
      {hasNextPage ? (
        <button
          type="button"
          onClick={() => void fetchNextPage()}
          disabled={isFetchingNextPage}
          className="mx-auto mt-3 rounded-full bg-white/10 px-4 py-2 text-sm font-semibold hover:bg-white/15 focus-visible:outline-2 focus-visible:outline-fuchsia-400 disabled:opacity-50"
        >
          {isFetchingNextPage ? 'Loading…' : 'Load more'}
        </button>
      ) : null}
    </div>
  );
}
