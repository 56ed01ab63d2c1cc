'use client';
/** The generated insights, most surprising first, with the writing style and "Regenerate". */
import { useWrappedCreative } from '@/components/wrapped/WrappedCreative';
import { StylePicker } from '@/components/wrapped/StylePicker';
import { TextSource } from '@/components/wrapped/TextSource';
import { TEXT_STYLES } from '@/lib/gen/types';
import { WORDS_UNAVAILABLE } from '@/components/wrapped/TextSource';
import { SlideFrame } from '../SlideFrame';

const SHOWN = 3;

export function InsightsSlide() {
  const { texts, textsPending, textsError, look, update, regenerate } = useWrappedCreative();
  const noneStoodOut = texts !== null && texts.insights.length === 0;
  return (
    <SlideFrame kicker="What stood out" headline={noneStoodOut ? 'Nothing stood out — yet' : texts ? 'The things only your numbers could say' : 'Writing your year…'}>
      {textsError ? (
        <p className="text-lg text-white/85">{WORDS_UNAVAILABLE}</p>
      ) : noneStoodOut ? (
        <p className="text-lg text-white/85" data-testid="insights-none">
          Your history is still short: no number is far enough from the usual to call it a surprise. Every figure is on the slides before this one.
        </p>
      ) : (
        <ol className="flex flex-col gap-3" aria-busy={textsPending} data-testid="insights">
          {(texts?.insights ?? []).slice(0, SHOWN).map((insight, index) => (
            <li key={insight.id} className="flex gap-3 rounded-2xl bg-black/25 p-4 text-lg font-semibold leading-snug text-pretty" data-insight-id={insight.id}>
              <span className="text-white/85" aria-hidden="true">{index + 1}</span>
              {insight.text}
            </li>
          ))}
        </ol>
      )}
      <div className="mt-auto flex flex-col gap-3" data-narration-skip>
        <StylePicker label="Writing style" options={TEXT_STYLES} value={look.textStyle} onChange={(textStyle) => update({ textStyle })} tone="story" />
        <button
          type="button"
          onClick={regenerate}
          className="self-start rounded-full bg-white px-5 py-2 font-bold text-zinc-900 transition hover:scale-[1.02] focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-white"
        >
          Regenerate
        </button>
        <TextSource className="text-xs text-white/85" />
      </div>
    </SlideFrame>
  );
}
