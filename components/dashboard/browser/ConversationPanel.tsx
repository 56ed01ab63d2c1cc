'use client';
import { useEffect, useRef, useState } from 'react';
import { useConversationMessages } from '@/components/hooks/useWrappedData';
import { isRecordedModel, modelDisplayName } from '@/lib/view/display-names';
import { formatNumber, formatTimestamp } from '@/lib/view/format';
import { countOf } from '@/lib/view/language';
import { MessageBubble } from './MessageBubble';
import { SimilarConversations } from './SimilarConversations';

const MESSAGES_STEP = 150;

interface ConversationPanelProps {
  importId: string;
  conversationId: string;
  timeZone: string;
  onClose: () => void;
  /** Opens another conversation in this panel (from the similar conversations). */
  onOpen: (conversationId: string) => void;
}

/** One conversation's messages: a side panel on wide screens, a full-screen sheet on phones. */
export function ConversationPanel({ importId, conversationId, timeZone, onClose, onOpen }: ConversationPanelProps) {
  const query = useConversationMessages(importId, conversationId);
  const heading = useRef<HTMLHeadingElement>(null);
  const [shown, setShown] = useState(MESSAGES_STEP);

  useEffect(() => {
    setShown(MESSAGES_STEP);
    heading.current?.focus();
  }, [conversationId]);

  const detail = query.data;
  return (
    <aside
      aria-labelledby="conversation-title"
      data-testid="conversation-panel"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
      className="fixed inset-0 z-40 flex flex-col bg-zinc-950 lg:static lg:z-auto lg:max-h-[75vh] lg:rounded-2xl lg:bg-zinc-950/60 lg:ring-1 lg:ring-white/10"
    >
      <header className="flex items-start justify-between gap-3 border-b border-white/10 p-4">
        <div className="min-w-0">
          <h3 id="conversation-title" ref={heading} tabIndex={-1} className="line-clamp-2 text-lg font-bold focus:outline-none">
            {detail?.conversation.title || (query.isPending ? 'Loading…' : 'Untitled')}
          </h3>
          {detail ? (
            <p className="text-xs text-zinc-400">
              {formatTimestamp(detail.conversation.createdAt, timeZone)} · {countOf(detail.messages.length, 'message')}
              {detail.conversation.model && isRecordedModel(detail.conversation.model) ? ` · ${modelDisplayName(detail.conversation.model)}` : ''}
            </p>
          ) : null}
        </div>
        <button
          type="button"
          onClick={onClose}
          aria-label="Close conversation"
          className="grid size-9 shrink-0 place-items-center rounded-full bg-white/10 hover:bg-white/15 focus-visible:outline-2 focus-visible:outline-fuchsia-400"
        >
          <span aria-hidden="true">✕</span>
        </button>
      </header>
      <SimilarConversations importId={importId} conversationId={conversationId} onOpen={onOpen} />
      <div className="min-h-0 flex-1 overflow-y-auto p-4">
        {query.isError ? <p role="alert" className="text-rose-300">Could not read this conversation.</p> : null}
        {query.isSuccess && !detail ? <p className="text-zinc-400">This conversation is no longer stored.</p> : null}
        {detail ? (
          <>
            <ol className="flex flex-col gap-3" aria-label="Messages">
              {detail.messages.slice(0, shown).map((message) => (
                <MessageBubble key={message.id} message={message} timeZone={timeZone} />
              ))}
            </ol>
            {detail.messages.length > shown ? (
              <button
                type="button"
                onClick={() => setShown((n) => n + MESSAGES_STEP)}
                className="mx-auto mt-4 block rounded-full bg-white/10 px-4 py-2 text-sm font-semibold hover:bg-white/15 focus-visible:outline-2 focus-visible:outline-fuchsia-400"
              >
                Show {formatNumber(Math.min(MESSAGES_STEP, detail.messages.length - shown))} more
              </button>
            ) : null}
          </>
        ) : null}
      </div>
    </aside>
  );
}
