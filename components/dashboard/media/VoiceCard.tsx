'use client';
/** Voice in numbers, and the voice clips themselves with their words (the export's or this device's). */
import { useState } from 'react';
import { Card } from '@/components/ui/Card';
import { useAssetUrl } from '@/components/media/useAssetBlob';
import type { StoredMedia } from '@/lib/media/summary';
import type { VoiceStats } from '@/lib/audio/voice-stats';
import { formatNumber, formatPercent } from '@/lib/view/format';
import { countOf } from '@/lib/view/language';
import { OpenConversationLink } from '../ml/OpenConversationLink';

const CLIPS_SHOWN = 8;

export function VoiceCard({ importId, stored, voice }: { importId: string; stored: StoredMedia; voice: VoiceStats }) {
  const [showAll, setShowAll] = useState(false);
  const clips = stored.assets.filter((asset) => asset.kind === 'audio' && asset.path !== null && asset.role === 'user');
  const shown = showAll ? clips : clips.slice(0, CLIPS_SHOWN);
  return (
    <Card title="Voice" caption="Clips without words in the export are transcribed with whisper-tiny on this device.">
      <dl className="grid grid-cols-3 gap-3" data-testid="voice-stats">
        <div>
          <dt className="text-xs text-zinc-400">Minutes you spoke</dt>
          <dd className="text-2xl font-black" data-testid="voice-minutes">{voice.turnsWithoutDuration > 0 ? '≥ ' : ''}{formatNumber(voice.userMinutes)}</dd>
        </div>
        <div>
          <dt className="text-xs text-zinc-400">Of your turns by voice</dt>
          <dd className="text-2xl font-black">{formatPercent(voice.voiceShare)}</dd>
        </div>
        <div>
          <dt className="text-xs text-zinc-400">Voice chats</dt>
          <dd className="text-2xl font-black">{formatNumber(voice.voiceConversations)}</dd>
        </div>
      </dl>
      <p className="mt-3 text-xs text-zinc-400">
        Words: {countOf(voice.transcribed.fromExport, 'clip')} from the export · {countOf(voice.transcribed.onDevice, 'clip')} transcribed here · {countOf(voice.transcribed.none, 'clip')} not yet
      </p>
      {clips.length > 0 ? (
        <ul className="mt-4 flex flex-col gap-3" aria-label="Your voice clips">
          {shown.map((clip) => (
            <Clip key={clip.assetId} importId={importId} assetId={clip.assetId} conversationId={clip.conversationId} text={stored.transcripts.get(clip.assetId)?.text ?? clip.transcript ?? null} time={clip.time} />
          ))}
        </ul>
      ) : null}
      {clips.length > CLIPS_SHOWN && !showAll ? (
        <button type="button" onClick={() => setShowAll(true)} className="mt-3 rounded-full bg-white/10 px-4 py-2 text-sm font-semibold hover:bg-white/15 focus-visible:outline-2 focus-visible:outline-fuchsia-400">
          Show all {countOf(clips.length, 'clip')}
        </button>
      ) : null}
    </Card>
  );
}

function Clip({ importId, assetId, conversationId, text, time }: { importId: string; assetId: string; conversationId: string | null; text: string | null; time: number | null }) {
  const [load, setLoad] = useState(false);
  const { url } = useAssetUrl(importId, assetId, load);
  return (
    <li className="rounded-2xl bg-white/5 p-3 text-sm" data-testid="voice-clip">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <span className="text-xs text-zinc-400">{time !== null ? new Date(time).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' }) : 'Undated'}</span>
        {conversationId ? <OpenConversationLink conversationId={conversationId} className="text-xs">Open the conversation</OpenConversationLink> : null}
      </div>
      <p className="mt-1 text-zinc-200" data-testid="voice-clip-text">{text ?? <span className="text-zinc-400">No words yet.</span>}</p>
      {url ? (
        <audio controls src={url} className="mt-2 w-full" aria-label="Play this clip" />
      ) : (
        <button type="button" onClick={() => setLoad(true)} className="mt-2 rounded-full bg-white/10 px-3 py-1 text-xs font-semibold hover:bg-white/15 focus-visible:outline-2 focus-visible:outline-fuchsia-400">
          ▶ Listen
        </button>
      )}
    </li>
  );
}
