/**
 * An import's stored media, and what it adds up to for a period: the image summary and the voice
 * stats, plus what is still waiting for the on-device models. Pure.
 */
import type { AssetRecord, AssetReport } from '../assets/types';
import { assetsToTranscribe } from '../audio/pending';
import type { Transcript } from '../audio/types';
import { voiceStats, type VoiceStats } from '../audio/voice-stats';
import type { Conversation } from '../model/conversation';
import { spanBounds, type PeriodSpan } from '../view/period';
import type { ImageAnalysis } from '../vision/types';
import { summarizeImages, type ImageSummary } from './image-summary';

export interface StoredMedia {
  assets: AssetRecord[];
  images: Map<string, ImageAnalysis>;
  transcripts: Map<string, Transcript>;
  report: AssetReport | null;
  /** Conversations holding a voice turn, with their messages. */
  voiceConversations: Pick<Conversation, 'id' | 'title' | 'messages'>[];
}

export interface MediaSummary {
  images: ImageSummary;
  voice: VoiceStats | null;
}

/**
 * `span`: the period's (`periodSpan`; null for all time). `userTurns`: the period's prompts
 * (Stats.userMessages), since only voice conversations are stored here.
 */
export function summarizeMedia(stored: StoredMedia, span: PeriodSpan | null, userTurns?: number): MediaSummary {
  const images = summarizeImages(stored.assets, stored.images, span);
  const voice =
    stored.voiceConversations.length > 0
      ? voiceStats({ conversations: stored.voiceConversations, assets: stored.assets, transcripts: stored.transcripts, range: spanBounds(span), userTurns })
      : null;
  return { images, voice };
}

/** Images not yet seen by the vision models (less those that failed this session) and clips without words. */
export function pendingMedia(stored: StoredMedia, failedImages: ReadonlySet<string>): { images: number; clips: number } {
  const images = stored.assets.filter(
    (asset) => asset.kind === 'image' && asset.path !== null && !stored.images.has(asset.assetId) && !failedImages.has(asset.assetId),
  ).length;
  const clips = assetsToTranscribe(stored.assets, new Set(stored.transcripts.keys())).length;
  return { images, clips };
}
