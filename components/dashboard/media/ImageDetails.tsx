'use client';
/** One image, large, with what the on-device models saw in it and the conversation it came from. */
import { useEffect, useId, useRef } from 'react';
import { AssetImage } from '@/components/media/AssetImage';
import type { GalleryItem } from '@/lib/media/gallery';
import { formatPercent } from '@/lib/view/format';
import { OpenConversationLink } from '../ml/OpenConversationLink';

const SOURCE_LABELS = { upload: 'You uploaded it', dalle: 'Made by DALL·E', generated: 'Generated for you', voice: 'From a voice chat', attachment: 'Attachment' } as const;

interface ImageDetailsProps {
  importId: string;
  item: GalleryItem | null;
  onClose: () => void;
  /** Moves to the previous (-1) or next (+1) image of the gallery. */
  onStep: (step: -1 | 1) => void;
}

export function ImageDetails({ importId, item, onClose, onStep }: ImageDetailsProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (item && !element.open) element.showModal();
    if (!item && element.open) element.close();
  }, [item]);

  const asset = item?.asset;
  const analysis = item?.analysis;
  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      onClose={onClose}
      onKeyDown={(event) => {
        if (event.key === 'ArrowLeft') onStep(-1);
        if (event.key === 'ArrowRight') onStep(1);
      }}
      className="m-auto max-h-[92dvh] w-[min(56rem,calc(100vw-1.5rem))] overflow-y-auto rounded-3xl bg-zinc-950 p-0 text-zinc-100 ring-1 ring-white/15 backdrop:bg-black/70"
      data-testid="image-details"
    >
      {asset ? (
        <div className="grid gap-4 p-5 md:grid-cols-[3fr_2fr]">
          <div className="relative">
            <AssetImage importId={importId} assetId={asset.assetId} alt={analysis?.caption ?? asset.name ?? 'Image from your export'} className="aspect-square rounded-2xl" />
            {analysis?.objects.map((object, index) => (
              <span
                key={index}
                aria-hidden="true"
                className="pointer-events-none absolute rounded-md ring-2 ring-fuchsia-400"
                style={{ left: `${object.box[0] * 100}%`, top: `${object.box[1] * 100}%`, width: `${object.box[2] * 100}%`, height: `${object.box[3] * 100}%` }}
              />
            ))}
          </div>
          <div className="flex flex-col gap-3 text-sm">
            <div className="flex items-start justify-between gap-3">
              <h3 id={titleId} className="text-lg font-bold">
                {asset.name ?? SOURCE_LABELS[asset.source]}
              </h3>
              <button type="button" onClick={() => dialog.current?.close()} className="rounded-full px-3 py-1 ring-1 ring-white/20 hover:bg-white/10 focus-visible:outline-2 focus-visible:outline-fuchsia-400">
                Close
              </button>
            </div>
            <p className="text-zinc-300">
              {SOURCE_LABELS[asset.source]}
              {asset.time !== null ? ` · ${new Date(asset.time).toLocaleDateString('en-US', { dateStyle: 'medium' })}` : ''}
              {asset.width && asset.height ? ` · ${asset.width}×${asset.height}` : ''}
            </p>
            {analysis ? (
              <>
                {analysis.caption ? <p className="italic text-zinc-200">“{analysis.caption}”</p> : null}
                <p>
                  <span className="text-zinc-400">Looks like: </span>
                  {analysis.themes.join(', ') || 'nothing in particular'}
                </p>
                {analysis.objects.length > 0 ? (
                  <ul className="flex flex-wrap gap-1.5" aria-label="Objects found">
                    {analysis.objects.map((object, index) => (
                      <li key={index} className="rounded-full bg-white/10 px-2 py-0.5">
                        {object.label} {formatPercent(object.score)}
                      </li>
                    ))}
                  </ul>
                ) : null}
                {analysis.tags?.length ? <p className="text-zinc-300">Tags: {analysis.tags.map((tag) => tag.label).join(', ')}</p> : null}
                {analysis.safety.sensitive ? <p className="text-amber-300">Flagged as sensitive ({analysis.safety.label}). Only you see this; it is never shared.</p> : null}
              </>
            ) : (
              <p className="text-zinc-400">Not analysed yet.</p>
            )}
            {asset.conversationId ? (
              <OpenConversationLink conversationId={asset.conversationId} className="mt-auto">
                Open the conversation →
              </OpenConversationLink>
            ) : null}
            <p className="text-xs text-zinc-400">← → for the previous and next image · Esc closes</p>
          </div>
        </div>
      ) : null}
    </dialog>
  );
}
