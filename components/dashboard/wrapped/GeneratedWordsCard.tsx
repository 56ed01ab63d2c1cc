'use client';
/** The generated words of the period: tagline, every ranked insight and the persona text, with style and Regenerate. */
import { Card } from '@/components/ui/Card';
import { StylePicker } from '@/components/wrapped/StylePicker';
import { TextSource, WORDS_UNAVAILABLE } from '@/components/wrapped/TextSource';
import { useWrappedCreative } from '@/components/wrapped/WrappedCreative';
import { TEXT_STYLES } from '@/lib/gen/types';

export function GeneratedWordsCard() {
  const { texts, textsPending, textsError, look, update, regenerate } = useWrappedCreative();
  return (
    <Card
      title="Your year, in words"
      caption="Every number, date and topic below comes from your analysis; a checker verifies each line before it is shown."
      className="lg:col-span-2"
      action={
        <button
          type="button"
          onClick={regenerate}
          className="rounded-full bg-fuchsia-600 px-4 py-1.5 text-sm font-bold text-white transition hover:bg-fuchsia-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-fuchsia-300"
        >
          Regenerate
        </button>
      }
    >
      <div className="flex flex-col gap-4" aria-busy={textsPending} data-testid="generated-words">
        <StylePicker label="Writing style" options={TEXT_STYLES} value={look.textStyle} onChange={(textStyle) => update({ textStyle })} />
        {textsError ? <p className="text-zinc-300">{WORDS_UNAVAILABLE}</p> : null}
        {texts ? (
          <>
            <p className="text-2xl font-black tracking-tight text-balance text-zinc-50" data-testid="dashboard-tagline">
              {texts.tagline}
            </p>
            {texts.insights.length === 0 ? <p className="text-zinc-400">No number is far enough from the usual to call it a surprise yet.</p> : null}
            <ol className="flex flex-col gap-2">
              {texts.insights.map((insight, index) => (
                <li key={insight.id} className="flex gap-3 rounded-2xl bg-white/5 p-3 text-zinc-200" data-insight-id={insight.id}>
                  <span className="font-bold text-fuchsia-300" aria-hidden="true">{index + 1}</span>
                  <span>{insight.text}</span>
                </li>
              ))}
            </ol>
            <p className="text-zinc-300">{texts.persona}</p>
          </>
        ) : textsError ? null : (
          <p className="text-zinc-400">Writing…</p>
        )}
        <TextSource className="text-xs text-zinc-400" />
      </div>
    </Card>
  );
}
