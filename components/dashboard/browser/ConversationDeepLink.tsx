'use client';
/**
 * Opens the conversation named by `?conversation=<id>` (links from search, topics and the
 * revisit list), then drops the parameter so the same link works again after closing.
 */
import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useEffect } from 'react';

export const CONVERSATION_PARAM = 'conversation';

export function ConversationDeepLink({ onOpen }: { onOpen: (conversationId: string) => void }) {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const requested = params.get(CONVERSATION_PARAM);
  useEffect(() => {
    if (!requested) return;
    onOpen(requested);
    const rest = new URLSearchParams(params.toString());
    rest.delete(CONVERSATION_PARAM);
    const query = rest.toString();
    router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
    // Only a new id should open again; `onOpen` changes every render.
  }, [requested]);
  return null;
}
