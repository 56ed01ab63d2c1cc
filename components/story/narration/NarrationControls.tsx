'use client';
/** The narrator's switch and voice picker in the story header. */
import type { Narration } from './useNarration';

interface NarrationControlsProps {
  narration: Narration;
  buttonClassName: string;
}

export function NarrationControls({ narration, buttonClassName }: NarrationControlsProps) {
  if (!narration.supported) return null;
  const { active, voices, voiceURI } = narration;
  return (
    <>
      {active && voices.length > 1 ? (
        <select
          aria-label="Narration voice"
          value={voiceURI ?? ''}
          onChange={(event) => narration.setVoice(event.target.value)}
          className="max-w-32 rounded-full bg-black/25 px-3 py-2 text-xs font-semibold text-white backdrop-blur focus-visible:outline-2 focus-visible:outline-white"
        >
          <option value="">Default voice</option>
          {voices.map((voice) => (
            <option key={voice.voiceURI} value={voice.voiceURI}>
              {voice.name} ({voice.lang})
            </option>
          ))}
        </select>
      ) : null}
      <button
        type="button"
        onClick={active ? narration.stop : narration.start}
        aria-pressed={active}
        aria-label={active ? 'Stop reading aloud' : 'Play my Wrapped aloud'}
        title={active ? 'Stop reading aloud' : 'Play my Wrapped aloud'}
        className={buttonClassName}
      >
        <SpeakerIcon on={active} />
      </button>
    </>
  );
}

function SpeakerIcon({ on }: { on: boolean }) {
  return (
    <svg viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      <path d="M11 5 6 9H3v6h3l5 4V5Z" fill="currentColor" />
      {on ? <path d="M15.5 8.5a5 5 0 0 1 0 7M18.5 5.5a9 9 0 0 1 0 13" /> : <path d="m16 9 5 6m0-6-5 6" />}
    </svg>
  );
}
