'use client';
/** Opens the share sheet for this Wrapped: the user reviews every item before anything is shared. */
import { useState } from 'react';
import { ShareSheet } from '@/components/share/ShareSheet';
import { useWrappedCreative } from './WrappedCreative';

export function ShareWrappedButton({ className }: { className: string }) {
  const [open, setOpen] = useState(false);
  const { facts, texts, look } = useWrappedCreative();
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} className={className} aria-haspopup="dialog" data-testid="share-open">
        Share my Wrapped
      </button>
      <ShareSheet facts={facts} texts={texts} style={look.coverStyle} open={open} onClose={() => setOpen(false)} />
    </>
  );
}
