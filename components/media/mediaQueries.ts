'use client';
/**
 * Reads of an import's stored media: asset records (no bytes), what the vision models saw, the
 * transcripts made on this device, and the conversations with voice turns (for voice stats).
 * Under `wrappedQueryKeys.all`, so an import or delete refreshes them too.
 */
import { useQuery } from '@tanstack/react-query';
import { SPEECH_ANALYZER, type Transcript } from '@/lib/audio/types';
import type { StoredMedia } from '@/lib/media/summary';
import { getAssetReport, listAssets } from '@/lib/store/assets';
import { db } from '@/lib/store/db';
import { listMediaAnalyses } from '@/lib/store/media-analyses';
import { VISION_ANALYZER, type ImageAnalysis } from '@/lib/vision/types';

export const mediaQueryKeys = {
  all: (importId: string) => ['wrapped', 'media', importId] as const,
};

async function byAsset<Result>(importId: string, analyzer: string): Promise<Map<string, Result>> {
  const rows = await listMediaAnalyses<Result>(db(), importId, analyzer);
  return new Map(rows.map((row) => [row.assetId, row.result]));
}

async function voiceConversations(importId: string): Promise<StoredMedia['voiceConversations']> {
  const rows = await db().conversations.where('importId').equals(importId).filter((row) => row.kinds.includes('voice')).toArray();
  const bodies = await db().bodies.bulkGet(rows.map((row) => [importId, row.id] as [string, string]));
  return rows.map((row, index) => ({ id: row.id, title: row.title, messages: bodies[index]?.messages ?? [] }));
}

export async function readStoredMedia(importId: string): Promise<StoredMedia> {
  const [assets, images, transcripts, report, conversations] = await Promise.all([
    listAssets(db(), importId),
    byAsset<ImageAnalysis>(importId, VISION_ANALYZER),
    byAsset<Transcript>(importId, SPEECH_ANALYZER),
    getAssetReport(db(), importId),
    voiceConversations(importId),
  ]);
  return { assets, images, transcripts, report, voiceConversations: conversations };
}

export function useStoredMedia(importId: string | null) {
  return useQuery({
    queryKey: mediaQueryKeys.all(importId ?? ''),
    queryFn: () => readStoredMedia(importId!),
    enabled: Boolean(importId),
  });
}
