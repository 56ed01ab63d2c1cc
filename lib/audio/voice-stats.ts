/**
 * Voice stats from stored data: the conversations' messages (bodies + titles), the import's
 * audio asset records and the transcripts made on this device (`mediaAnalyses`, SPEECH_ANALYZER).
 *
 * A voice turn is a message of kind 'voice' or one carrying audio. Its length is the sum of its
 * audio clips' durations (the asset's own, from the WAV header or the export, else the device
 * transcript's; without asset records, the message's audio attachments'); a turn with no known length counts as a turn but adds no minutes, and is
 * counted in `turnsWithoutDuration` so a slide can say "at least".
 */
import type { AssetRecord } from '../assets/types';
import type { Message } from '../model/conversation';
import type { Transcript } from './types';

export type VoiceMessage = Pick<Message, 'id' | 'role' | 'kind' | 'attachments' | 'time'> & { text?: string };

export interface VoiceStatsInput {
  conversations: Iterable<{ id: string; title: string; messages: readonly VoiceMessage[] }>;
  /** The import's asset records; only audio ones are read. */
  assets: Iterable<Pick<AssetRecord, 'assetId' | 'kind' | 'conversationId' | 'messageId' | 'durationSeconds' | 'transcript'>>;
  /** Device transcripts by asset id. */
  transcripts?: ReadonlyMap<string, Pick<Transcript, 'source' | 'durationSeconds'>>;
  /** Only messages whose time falls in [start, end) (epoch ms), e.g. the Wrapped's year; messages without a time are then left out. */
  range?: { start: number; end: number };
  /**
   * The period's user messages, when `conversations` holds only those with voice (the analysis'
   * `Stats.userMessages`): the voice share's denominator. Counted from `conversations` when absent.
   */
  userTurns?: number;
}

export interface VoiceStats {
  /** Minutes of the user's own voice turns. */
  userMinutes: number;
  /** Minutes of the assistant's spoken answers. */
  assistantMinutes: number;
  userVoiceTurns: number;
  userTurns: number;
  /** userVoiceTurns / userTurns (0 without user turns). */
  voiceShare: number;
  /** Voice turns (either side) with no known audio length. */
  turnsWithoutDuration: number;
  /** How the user's voice turns got their words: the export's transcript, this device's whisper-tiny, or none yet. */
  transcribed: { fromExport: number; onDevice: number; none: number };
  voiceConversations: number;
  /** The conversation with the most voice minutes (then the most voice turns). */
  longest: { conversationId: string; title: string; minutes: number; voiceTurns: number } | null;
}

type AudioAsset = VoiceStatsInput['assets'] extends Iterable<infer A> ? A : never;

const key = (conversationId: string, messageId: string) => `${conversationId}\u0000${messageId}`;
const minutes = (seconds: number) => Math.round((seconds / 60) * 10) / 10;

function isVoiceTurn(message: VoiceMessage): boolean {
  return message.kind === 'voice' || message.attachments.some((attachment) => attachment.kind === 'audio');
}

function audioByMessage(assets: VoiceStatsInput['assets']): Map<string, AudioAsset[]> {
  const byMessage = new Map<string, AudioAsset[]>();
  for (const asset of assets) {
    if (asset.kind !== 'audio' || asset.conversationId === null || asset.messageId === null) continue;
    const id = key(asset.conversationId, asset.messageId);
    byMessage.set(id, [...(byMessage.get(id) ?? []), asset]);
  }
  return byMessage;
}

export function voiceStats({ conversations, assets, transcripts = new Map(), range, userTurns: knownUserTurns }: VoiceStatsInput): VoiceStats {
  const audio = audioByMessage(assets);
  const seconds = { user: 0, assistant: 0 };
  let userTurns = 0;
  let userVoiceTurns = 0;
  let turnsWithoutDuration = 0;
  let voiceConversations = 0;
  const transcribed = { fromExport: 0, onDevice: 0, none: 0 };
  let longest: (VoiceStats['longest'] & { seconds: number }) | null = null;

  for (const conversation of conversations) {
    let conversationSeconds = 0;
    let voiceTurns = 0;
    for (const message of conversation.messages) {
      if (range && (message.time === null || message.time < range.start || message.time >= range.end)) continue;
      if (message.role === 'user') userTurns++;
      if (!isVoiceTurn(message) || (message.role !== 'user' && message.role !== 'assistant')) continue;
      voiceTurns++;
      const clips = audio.get(key(conversation.id, message.id)) ?? [];
      const lengths =
        clips.length > 0
          ? clips.map((clip) => clip.durationSeconds ?? transcripts.get(clip.assetId)?.durationSeconds)
          : message.attachments.filter((attachment) => attachment.kind === 'audio').map((attachment) => attachment.durationSeconds);
      const known = lengths.filter((length): length is number => length !== undefined && Number.isFinite(length));
      if (known.length === 0) turnsWithoutDuration++;
      const turnSeconds = known.reduce((sum, length) => sum + length, 0);
      seconds[message.role] += turnSeconds;
      conversationSeconds += turnSeconds;
      if (message.role !== 'user') continue;
      userVoiceTurns++;
      if (message.text?.trim() || clips.some((clip) => clip.transcript?.trim())) transcribed.fromExport++;
      else if (clips.some((clip) => transcripts.get(clip.assetId)?.source === 'whisper-tiny')) transcribed.onDevice++;
      else transcribed.none++;
    }
    if (voiceTurns === 0) continue;
    voiceConversations++;
    const beats = !longest || conversationSeconds > longest.seconds || (conversationSeconds === longest.seconds && voiceTurns > longest.voiceTurns);
    if (beats) longest = { conversationId: conversation.id, title: conversation.title, minutes: minutes(conversationSeconds), voiceTurns, seconds: conversationSeconds };
  }

  if (knownUserTurns !== undefined) userTurns = Math.max(knownUserTurns, userVoiceTurns);
  return {
    userMinutes: minutes(seconds.user),
    assistantMinutes: minutes(seconds.assistant),
    userVoiceTurns,
    userTurns,
    voiceShare: userTurns === 0 ? 0 : userVoiceTurns / userTurns,
    turnsWithoutDuration,
    transcribed,
    voiceConversations,
    longest: longest && { conversationId: longest.conversationId, title: longest.title, minutes: longest.minutes, voiceTurns: longest.voiceTurns },
  };
}
