'use client';
/**
 * Review what to share, then share it: a modal <dialog> (focus stays inside, Escape closes)
 * with a toggle per item, a live preview of the summary card, a plain statement of what the
 * link holds and what the scrub removed, and the ways out: link, system share, cards, short link.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { CoverStyle } from '@/lib/art/types';
import type { WrappedFacts } from '@/lib/gen/facts';
import type { GeneratedTexts } from '@/lib/gen/types';
import { shareFragmentUrl } from '@/lib/share/fragment';
import { describeRemoved } from '@/lib/share/scrub';
import { formatNumber } from '@/lib/view/format';
import { countOf, nounFor } from '@/lib/view/language';
import { CardDownloads } from './CardDownloads';
import { CopyField } from './CopyField';
import { ShareButton } from './ShareButton';
import { SummaryCardPreview } from './SummaryCardPreview';
import { ShareItemToggles } from './ShareItemToggles';
import { ShortLinkPanel } from './ShortLinkPanel';
import { useShareDraft } from './useShareDraft';

export interface ShareSheetProps {
  facts: WrappedFacts;
  texts: GeneratedTexts | null;
  style: CoverStyle;
  open: boolean;
  onClose(): void;
}

export function ShareSheet({ open, onClose, ...wrapped }: ShareSheetProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      onClose={onClose}
      className="m-auto max-h-[92dvh] w-[min(64rem,calc(100vw-1.5rem))] overflow-y-auto rounded-3xl bg-zinc-950 p-0 text-zinc-100 ring-1 ring-white/15 backdrop:bg-black/70 backdrop:backdrop-blur-sm"
      data-testid="share-sheet"
    >
      {open ? <ShareSheetBody titleId={titleId} onClose={() => dialog.current?.close()} {...wrapped} /> : null}
    </dialog>
  );
}

function ShareSheetBody({ facts, texts, style, titleId, onClose }: Omit<ShareSheetProps, 'open' | 'onClose'> & { titleId: string; onClose(): void }) {
  const draft = useShareDraft(facts, texts, style);
  const [origin, setOrigin] = useState('');
  useEffect(() => setOrigin(window.location.origin), []);
  const link = useMemo(() => (origin ? shareFragmentUrl(origin, draft.payload) : ''), [origin, draft.payload]);
  const removed = describeRemoved(draft.removed);
  const ticked = draft.items.filter((item) => draft.selected.has(item.id)).length;
  const removedCount = draft.removed.reduce((n, r) => n + r.count, 0);

  return (
    <div className="p-5 sm:p-7">
      <header className="flex items-start justify-between gap-4">
        <div>
          <h2 id={titleId} className="text-2xl font-black tracking-tight">
            Share your Wrapped
          </h2>
          <p className="mt-1 text-sm text-zinc-400">Pick what goes out. Your chats never do.</p>
        </div>
        <button type="button" onClick={onClose} className="rounded-full px-3 py-1.5 text-sm text-zinc-300 ring-1 ring-white/20 hover:bg-white/10" data-testid="share-close">
          Close
        </button>
      </header>

      <div className="mt-6 grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <div className="space-y-5">
          <SummaryCardPreview card={draft.cards[0]!} />
          <p className="rounded-2xl bg-emerald-500/10 p-4 text-sm text-emerald-100 ring-1 ring-emerald-400/20" data-testid="share-statement">
            This link contains only what’s ticked below ({formatNumber(ticked)} of {countOf(draft.items.length, 'item')}). No messages.{' '}
            {removed ? `${removed} ${nounFor(removedCount, 'was', 'were')} removed.` : 'Nothing needed scrubbing.'} The summary
            travels inside the link, after the “#”, which browsers never send to a server.
          </p>
          {link ? <CopyField label="Link to your Wrapped" value={link} action="Copy link" testId="share-link" /> : null}
          <div className="flex flex-wrap items-start gap-3">
            {link ? <ShareButton link={link} title={draft.payload.title} text={draft.payload.tagline} summary={draft.cards[0]!} /> : null}
          </div>
          <CardDownloads cards={draft.cards} />
          <ShortLinkPanel payload={draft.payload} />
        </div>
        <ShareItemToggles items={draft.items} selected={draft.selected} onChange={draft.setSelected} />
      </div>
    </div>
  );
}
