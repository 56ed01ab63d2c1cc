import { describe, expect, it } from 'vitest';
import type { AssetRecord } from '../assets/types';
import type { Transcript } from '../audio/types';
import type { Message } from '../model/conversation';
import type { ImageAnalysis } from '../vision/types';
import { periodSpan } from '../view/period';
import { pendingMedia, summarizeMedia, type StoredMedia } from './summary';

const MAY_2026 = new Date(2026, 4, 2, 10).getTime();
const MAY_2025 = new Date(2025, 4, 2, 10).getTime();

function asset(assetId: string, kind: AssetRecord['kind'], extra: Partial<AssetRecord> = {}): AssetRecord {
  return { importId: 'i', assetId, path: `${assetId}.bin`, kind, source: kind === 'audio' ? 'voice' : 'upload', conversationId: 'c1', messageId: `m-${assetId}`, role: 'user', time: MAY_2026, name: null, mimeType: null, bytes: 1, ...extra };
}

function voiceTurn(id: string, time: number): Message {
  return { id: `m-${id}`, role: 'user', text: '', time, model: null, kind: 'voice', attachments: [{ kind: 'audio', pointer: `sediment://${id}` }] };
}

const seen: ImageAnalysis = { safety: { label: 'neutral', scores: { drawing: 0, hentai: 0, neutral: 1, porn: 0, sexy: 0 }, sensitive: false }, objects: [], themes: ['screenshot'] };
const heard: Transcript = { text: 'hello there', chunks: [{ text: 'hello there', start: 0, end: 90 }], durationSeconds: 90, source: 'whisper-tiny' };

const stored: StoredMedia = {
  assets: [
    asset('img-done', 'image'),
    asset('img-new', 'image'),
    asset('img-broken', 'image'),
    asset('img-missing', 'image', { path: null }),
    asset('clip-heard', 'audio', { durationSeconds: 90 }),
    asset('clip-export', 'audio', { durationSeconds: 30, transcript: 'from the export', time: MAY_2025 }),
    asset('clip-new', 'audio', { durationSeconds: 60 }),
  ],
  images: new Map([['img-done', seen]]),
  transcripts: new Map([['clip-heard', heard]]),
  report: null,
  voiceConversations: [{ id: 'c1', title: 'Walk and talk', messages: [voiceTurn('clip-heard', MAY_2026), voiceTurn('clip-export', MAY_2025), voiceTurn('clip-new', MAY_2026)] }],
};

describe('pendingMedia', () => {
  it('counts images without results (less failed and missing files) and clips without any transcript', () => {
    expect(pendingMedia(stored, new Set(['img-broken']))).toEqual({ images: 1, clips: 1 });
    expect(pendingMedia(stored, new Set())).toEqual({ images: 2, clips: 1 });
  });
});

describe('summarizeMedia', () => {
  it('keeps images and voice to the year', () => {
    const all = summarizeMedia(stored, null);
    const year = summarizeMedia(stored, periodSpan({ year: 2026 }));
    expect(all.images.total).toBe(3);
    expect(all.voice?.userVoiceTurns).toBe(3);
    expect(year.voice?.userVoiceTurns).toBe(2);
    expect(year.voice?.userMinutes).toBe(2.5);
  });

  it('has no voice stats without voice conversations', () => {
    expect(summarizeMedia({ ...stored, voiceConversations: [] }, null).voice).toBeNull();
  });
});

describe('summarizeMedia over the last 12 months', () => {
  const span = (from: string, to: string) => periodSpan({ year: null, range: { from, to } });

  it('keeps images and voice to the range, its last day included', () => {
    const lastTwelve = summarizeMedia(stored, span('2025-06-01', '2026-05-02'));
    expect(lastTwelve.images.total).toBe(3);
    expect(lastTwelve.voice?.userVoiceTurns).toBe(2);
    const before = summarizeMedia(stored, span('2025-05-01', '2026-04-30'));
    expect(before.images.total).toBe(0);
    expect(before.voice?.userVoiceTurns).toBe(1);
    expect(before.voice?.userMinutes).toBe(0.5);
  });
});
