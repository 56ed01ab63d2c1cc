'use client';
/** A stored image, read from IndexedDB when it scrolls near; a quiet placeholder until then. */
import { useRef } from 'react';
import { useAssetUrl, useNearViewport } from './useAssetBlob';

interface AssetImageProps {
  importId: string;
  assetId: string;
  alt: string;
  className?: string;
  /** Blur it (a sensitive image the user chose to see, until hovered or focused). */
  blurred?: boolean;
}

export function AssetImage({ importId, assetId, alt, className = '', blurred = false }: AssetImageProps) {
  const box = useRef<HTMLDivElement>(null);
  const near = useNearViewport(box);
  const { url, missing } = useAssetUrl(importId, assetId, near);
  return (
    <div ref={box} className={`overflow-hidden bg-white/5 ${className}`}>
      {url ? (
        // A local blob: URL; next/image has nothing to optimise here.
        <img src={url} alt={alt} className={`size-full object-cover ${blurred ? 'blur-xl transition group-hover:blur-none group-focus-visible:blur-none' : ''}`} draggable={false} />
      ) : (
        <span className="flex size-full items-center justify-center text-xs text-zinc-400">{missing ? 'Not stored' : ''}</span>
      )}
    </div>
  );
}
