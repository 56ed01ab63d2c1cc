'use client';
/** One stored asset's bytes as an object URL, read only once the element is near the viewport. */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState, type RefObject } from 'react';
import { getAssetBlob } from '@/lib/store/assets';
import { db } from '@/lib/store/db';
import { useObjectUrl } from '@/components/ui/useObjectUrl';

export function useNearViewport(ref: RefObject<Element | null>): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || near) return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) setNear(true);
    }, { rootMargin: '400px' });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, near]);
  return near;
}

export function useAssetUrl(importId: string, assetId: string, enabled = true): { url: string | null; missing: boolean } {
  const blob = useQuery({
    queryKey: ['asset-blob', importId, assetId],
    queryFn: () => getAssetBlob(db(), importId, assetId),
    enabled,
    // Blobs are file handles, cheap to keep; drop them a minute after the last viewer.
    gcTime: 60_000,
  });
  return { url: useObjectUrl(blob.data ?? null), missing: blob.isSuccess && blob.data === null };
}
