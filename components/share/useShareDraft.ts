'use client';
/**
 * The review sheet's state: which items are ticked, and the payload, scrub report and cards
 * they make. Pure derivations of lib/share; the selection resets when the Wrapped changes.
 */
import { useCallback, useMemo, useState } from 'react';
import type { CoverStyle } from '@/lib/art/types';
import type { WrappedFacts } from '@/lib/gen/facts';
import type { GeneratedTexts } from '@/lib/gen/types';
import { buildSharePayload, defaultSelection, shareItems, type ShareItem } from '@/lib/share/build';
import { shareCards } from '@/lib/share/cards';
import type { ShareCardContent } from '@/lib/share/card-content';
import type { SharePayload } from '@/lib/share/payload';
import type { ScrubCount } from '@/lib/share/scrub';

export interface ShareDraft {
  items: ShareItem[];
  selected: ReadonlySet<string>;
  setSelected(id: string, on: boolean): void;
  payload: SharePayload;
  removed: ScrubCount[];
  cards: ShareCardContent[];
}

export function useShareDraft(facts: WrappedFacts, texts: GeneratedTexts | null, style: CoverStyle): ShareDraft {
  const items = useMemo(() => shareItems(facts, texts), [facts, texts]);
  // Keyed by the item list: new facts or words start again from the defaults.
  const [selection, setSelection] = useState(() => ({ items, ids: defaultSelection(items) }));
  const selected = selection.items === items ? selection.ids : defaultSelection(items);

  const setSelected = useCallback(
    (id: string, on: boolean) =>
      setSelection((current) => {
        const ids = new Set(current.items === items ? current.ids : defaultSelection(items));
        if (on) ids.add(id);
        else ids.delete(id);
        return { items, ids };
      }),
    [items],
  );

  const { payload, removed } = useMemo(() => buildSharePayload(facts, texts, style, selected), [facts, texts, style, selected]);
  const cards = useMemo(() => shareCards(payload), [payload]);
  return { items, selected, setSelected, payload, removed, cards };
}
