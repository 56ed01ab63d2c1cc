/** voiceStats on stored-shaped data: messages, audio asset records and device transcripts. */
import { describe, expect, it } from 'vitest';
import type { AssetRecord } from '@/lib/assets/types';
import { voiceStats, type VoiceMessage, type VoiceStatsInput } from '@/lib/audio/voice-stats';
import type { Transcript } from '@/lib/audio/types';

const DAY = 86_400_000;
const Y2025 = Date.UTC(2025, 0, 1);

function message(id: string, role: VoiceMessage['role'], extra: Partial<VoiceMessage> = {}): VoiceMessage {
  return { id, role, kind: 'text', attachments: [], time: Y2025 + DAY, text: 'typed', ...extra };
}

function voice(id: string, role: 'user' | 'assistant', text = '', time = Y2025 + DAY): VoiceMessage {
  return message(id, role, { kind: 'voice', text, time, attachments: [{ kind: 'audio', pointer: `sediment://file_${id}` }] });
}

function audio(conversationId: string, messageId: string, durationSeconds?: number, transcript?: string): Pick<AssetRecord, 'assetId' | 'kind' | 'conversationId' | 'messageId' | 'durationSeconds' | 'transcript'> {
  return { assetId: `file_${messageId}`, kind: 'audio', conversationId, messageId, ...(durationSeconds === undefined ? {} : { durationSeconds }), ...(transcript ? { transcript } : {}) };
}

const deviceTranscript = (durationSeconds: number): Pick<Transcript, 'source' | 'durationSeconds'> => ({ source: 'whisper-tiny', durationSeconds });

function input(): VoiceStatsInput {
  return {
    conversations: [
      {
        id: 'c1',
        title: 'Trip planning out loud',
        messages: [voice('u1', 'user', 'Where should we go?'), voice('a1', 'assistant', 'Lisbon.'), voice('u2', 'user'), voice('a2', 'assistant'), message('u3', 'user')],
      },
      { id: 'c2', title: 'Typed only', messages: [message('u4', 'user'), message('a4', 'assistant')] },
      { id: 'c3', title: 'Quick question', messages: [voice('u5', 'user'), voice('a5', 'assistant', 'Yes.')] },
      // Last year's: only counted without a range.
      { id: 'c4', title: 'Old chat', messages: [voice('u6', 'user', 'Hello', Y2025 - DAY)] },
    ],
    assets: [
      audio('c1', 'u1', 30, 'Where should we go?'),
      audio('c1', 'a1', 12),
      audio('c1', 'u2'), // no header duration: the device transcript knows it
      audio('c1', 'a2', 18),
      audio('c3', 'u5', 6),
      audio('c3', 'a5', 3),
      audio('c4', 'u6', 600),
      { assetId: 'file_picture', kind: 'image', conversationId: 'c2', messageId: 'u4' },
    ],
    transcripts: new Map([['file_u2', deviceTranscript(24)]]),
  };
}

describe('voiceStats', () => {
  it('counts minutes per side, the voice share of user turns and how the words were obtained', () => {
    const stats = voiceStats({ ...input(), range: { start: Y2025, end: Date.UTC(2026, 0, 1) } });
    expect(stats).toEqual({
      userMinutes: 1, // 30 + 24 + 6 = 60 s
      assistantMinutes: 0.6, // 12 + 18 + 3 = 33 s
      userVoiceTurns: 3,
      userTurns: 5,
      voiceShare: 3 / 5,
      turnsWithoutDuration: 0,
      transcribed: { fromExport: 1, onDevice: 1, none: 1 },
      voiceConversations: 2,
      longest: { conversationId: 'c1', title: 'Trip planning out loud', minutes: 1.4, voiceTurns: 4 },
    });
  });

  it('takes the period\'s user turns as the denominator when given only the conversations with voice', () => {
    const withVoice = input();
    const stats = voiceStats({ ...withVoice, conversations: [...withVoice.conversations].filter((c) => c.id !== 'c2'), userTurns: 12, range: { start: Y2025, end: Date.UTC(2026, 0, 1) } });
    expect(stats).toMatchObject({ userTurns: 12, userVoiceTurns: 3, voiceShare: 0.25 });
  });

  it('counts every message without a range, and turns whose length nobody knows', () => {
    const base = input();
    const stats = voiceStats({ ...base, transcripts: new Map() });
    expect(stats.userVoiceTurns).toBe(4);
    expect(stats.userTurns).toBe(6);
    expect(stats.turnsWithoutDuration).toBe(1); // u2: no header duration, no device transcript
    expect(stats.userMinutes).toBe(10.6); // 30 + 6 + 600 s
    expect(stats.longest).toEqual({ conversationId: 'c4', title: 'Old chat', minutes: 10, voiceTurns: 1 });
    expect(stats.transcribed).toEqual({ fromExport: 2, onDevice: 0, none: 2 });
  });

  it('falls back to the attachments when no asset records exist (a JSON-only import), and is empty without voice', () => {
    const stats = voiceStats({
      conversations: [{ id: 'c', title: 'Voice', messages: [message('m', 'user', { kind: 'voice', attachments: [{ kind: 'audio', durationSeconds: 90 }], text: '' })] }],
      assets: [],
    });
    expect(stats.userMinutes).toBe(1.5);
    expect(stats.transcribed).toEqual({ fromExport: 0, onDevice: 0, none: 1 });
    expect(voiceStats({ conversations: [{ id: 'c', title: 'T', messages: [message('m', 'user')] }], assets: [] })).toMatchObject({
      userMinutes: 0,
      userVoiceTurns: 0,
      userTurns: 1,
      voiceShare: 0,
      voiceConversations: 0,
      longest: null,
    });
  });
});
