'use client';
import { MediaStatus } from '@/components/media/MediaStatus';
import { CountUp } from '@/components/ui/CountUp';
import { summarizeMedia } from '@/lib/media/summary';
import { formatNumber, formatPercent } from '@/lib/view/format';
import { countOf, nounFor } from '@/lib/view/language';
import { periodSpan } from '@/lib/view/period';
import { BigStat, SlideFrame } from '../SlideFrame';
import { useStoryMedia } from './StoryMedia';
import type { SlideProps } from './types';

/** Minutes spoken, the share of turns by voice, the longest voice chat. */
export function VoiceSlide({ view }: SlideProps) {
  const media = useStoryMedia();
  const { stats } = view;
  const voice = media?.stored ? summarizeMedia(media.stored, periodSpan(view), stats.userMessages).voice : null;
  const turns = stats.contentKinds.voice;
  // Before the media is read, the stats' voice messages give the share.
  const share = voice ? voice.voiceShare : stats.userMessages > 0 ? Math.min(1, turns / stats.userMessages) : 0;
  const minutes = voice && voice.userMinutes > 0 ? voice.userMinutes : null;
  return (
    <SlideFrame kicker="Out loud" headline={minutes !== null ? `You talked to your assistant for ${voice!.turnsWithoutDuration > 0 ? 'at least ' : ''}${countOf(minutes, 'minute')}.` : `You spoke ${countOf(turns, 'turn')} out loud.`}>
      {minutes !== null ? (
        <BigStat label={`${nounFor(minutes, 'minute')} of your voice`}>
          <CountUp value={minutes} name="voiceMinutes" format={formatNumber} />
        </BigStat>
      ) : null}
      <p className="text-xl font-semibold" data-testid="voice-share">
        {formatPercent(share)} of your turns were by voice
        {voice && voice.voiceConversations > 0 ? `, across ${countOf(voice.voiceConversations, 'chat')}` : ''}.
      </p>
      {voice?.longest ? (
        <p className="text-lg text-white/85">
          Longest: “{voice.longest.title}”{voice.longest.minutes > 0 ? ` — ${formatNumber(voice.longest.minutes)} min` : ''}.
        </p>
      ) : null}
      {voice && voice.transcribed.onDevice > 0 ? <p className="text-white/85">{countOf(voice.transcribed.onDevice, 'clip')} {nounFor(voice.transcribed.onDevice, 'was', 'were')} transcribed on this device by whisper-tiny.</p> : null}
      {media ? <MediaStatus media={media} tone="story" /> : null}
    </SlideFrame>
  );
}
