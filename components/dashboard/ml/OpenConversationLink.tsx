import Link from 'next/link';
import type { ReactNode } from 'react';

/** Opens a conversation in the dashboard's browser (it reads `?conversation=`). */
export function conversationHref(conversationId: string): string {
  return `/dashboard?conversation=${encodeURIComponent(conversationId)}`;
}

export function OpenConversationLink({ conversationId, children, className = '' }: { conversationId: string; children: ReactNode; className?: string }) {
  return (
    <Link
      href={conversationHref(conversationId)}
      scroll={false}
      data-conversation-id={conversationId}
      className={`rounded font-semibold text-fuchsia-300 hover:text-fuchsia-200 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-fuchsia-400 ${className}`}
    >
      {children}
    </Link>
  );
}
