import { INTENT_META, INTENTS } from '@/components/dashboard/ml/ml-view';
import type { Intent } from '@/lib/ml/types';
import { formatPercent } from '@/lib/view/format';
import { EVIDENCE } from '@/lib/view/evidence';
import { SlideFrame } from '../SlideFrame';
import { MlSlide } from './StoryMl';
import type { SlideProps } from './types';

const KICKER = 'How you ask';

const HEADLINES: Record<Intent, string> = {
  question: 'Curious first: you mostly asked questions.',
  request: 'You knew what you wanted, and asked for it.',
  command: 'Straight to the point: you gave instructions.',
  statement: 'You thought out loud and shared context.',
  complaint: 'You held your AI to a high bar.',
  praise: 'Generous with praise: you cheered your AI on.',
};

/** "Mostly questions" needs a majority of enough prompts; below that the slide just shows the split. */
function askingHeadline(top: Intent | null, share: number, prompts: number): string {
  if (!top || prompts === 0) return 'Not enough prompts to tell.';
  if (prompts < EVIDENCE.sharePrompts) return 'A first look at how you ask.';
  return share > 0.5 ? HEADLINES[top] : `A bit of everything, ${INTENT_META[top].label.toLowerCase()} first.`;
}

export function AskingSlide({ view }: SlideProps) {
  return (
    <MlSlide kicker={KICKER} pendingHeadline="Questions, requests or orders?">
      {(analysis) => {
        const ranked = [...INTENTS].sort((a, b) => analysis.intents.overall[b] - analysis.intents.overall[a]);
        const top = analysis.intents.overall[ranked[0]!] > 0 ? ranked[0]! : null;
        const max = top ? analysis.intents.overall[top] : 1;
        const { politeness } = analysis;
        return (
          <SlideFrame kicker={KICKER} headline={askingHeadline(top, top ? analysis.intents.overall[top] : 0, analysis.counts.userMessages)}>
            <ul className="flex flex-col gap-3" data-testid="stat-intent" data-value={top ?? 'none'}>
              {ranked.map((intent) => {
                const share = analysis.intents.overall[intent];
                return (
                  <li key={intent}>
                    <div className="flex items-baseline justify-between gap-3">
                      <span className="font-bold">
                        {INTENT_META[intent].label} <span className="text-sm font-normal text-white/85">{INTENT_META[intent].hint}</span>
                      </span>
                      <span className="shrink-0 text-sm tabular-nums text-white/85">{formatPercent(share)}</span>
                    </div>
                    <div className="mt-1 h-2.5 rounded-full bg-black/20">
                      <div
                        className={`h-full rounded-full transition-[width] duration-1000 motion-safe:starting:w-0 ${intent === top ? 'bg-amber-200' : 'bg-white/80'}`}
                        style={{ width: `${Math.max(1, (share / max) * 100)}%` }}
                      />
                    </div>
                  </li>
                );
              })}
            </ul>
            {analysis.counts.userMessages >= EVIDENCE.sharePrompts ? (
              <div className="mt-auto rounded-2xl bg-black/25 p-4">
                <p className="text-2xl font-black">
                  You said please in{' '}
                  <span data-testid="stat-please-share" data-value={politeness.pleaseShare}>{formatPercent(politeness.pleaseShare)}</span> of prompts
                </p>
                <p className="mt-1 text-white/85">
                  and thanked your AI in <span data-testid="stat-thanks-share" data-value={politeness.thanksShare}>{formatPercent(politeness.thanksShare)}</span>.
                </p>
              </div>
            ) : null}
            {/* How you ask is read over all time: say so whenever the story shows a narrower period. */}
            {view.key !== 'all' ? <p className="text-sm text-white/85">Across all your conversations.</p> : null}
          </SlideFrame>
        );
      }}
    </MlSlide>
  );
}
