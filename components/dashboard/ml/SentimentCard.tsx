'use client';
/**
 * Upbeat, neutral or negative: per month, with the sunniest month and how often a prompt asked for
 * something a safety filter would flag (the on-device safety head; shown only here, never shared).
 */
import { Card } from '@/components/ui/Card';
import type { MlAnalysis } from '@/lib/ml/types';
import { formatMonth, formatPercent } from '@/lib/view/format';
import type { PeriodSpan } from '@/lib/view/period';
import { combinedShares, formatShare, monthsInSpan, periodSunniestMonth, SENTIMENT_META, SENTIMENTS } from './ml-view';
import { ShareAreaChart, ShareBars } from './ShareAreaChart';

const STACK = ['negative', 'neutral', 'positive'] as const satisfies readonly (typeof SENTIMENTS)[number][];

export function SentimentCard({ sentiment, toxicity, span }: { sentiment: MlAnalysis['sentiment']; toxicity: MlAnalysis['toxicity']; span: PeriodSpan | null }) {
  const months = monthsInSpan(sentiment.byMonth, span);
  const overall = span === null ? sentiment.overall : combinedShares(SENTIMENTS, months);
  const sunny = periodSunniestMonth(sentiment, span);
  return (
    <Card title="Tone by month" caption={`${formatPercent(overall.positive)} upbeat · ${formatPercent(overall.negative)} negative`} className="lg:col-span-2">
      {months.length >= 2 ? (
        <ShareAreaChart months={months} labels={STACK} meta={SENTIMENT_META} ariaLabel={`Share of upbeat, neutral and negative messages per month.${sunny ? ` Sunniest month ${formatMonth(sunny.month)}.` : ''}`} />
      ) : (
        <ShareBars shares={overall} labels={STACK} meta={SENTIMENT_META} />
      )}
      <dl className="mt-4 grid grid-cols-2 gap-3 text-sm">
        <div className="rounded-2xl bg-white/5 p-3">
          <dt className="text-zinc-400">Sunniest month</dt>
          <dd className="mt-1 font-bold" data-testid="ml-positive-month" data-value={sunny?.month ?? ''}>
            {sunny ? `${formatMonth(sunny.month)} · ${formatPercent(sunny.share)} upbeat` : 'None stood out'}
          </dd>
        </div>
        <div className="rounded-2xl bg-white/5 p-3">
          <dt className="text-zinc-400">Unsafe requests</dt>
          <dd className="mt-1 font-bold" data-testid="ml-toxicity" data-value={toxicity.share}>
            {toxicity.messages > 0 ? formatShare(toxicity.share) : 'None'}{' '}
            <span className="font-normal text-zinc-400">{toxicity.messages > 0 ? 'of all your prompts' : 'of your prompts'}</span>
          </dd>
          <dd className="mt-1 text-xs text-zinc-400">
            {toxicity.messages > 0 ? 'asked for something' : 'asked for anything'} a safety filter would flag (sexual content, harassment, harmful instructions, jailbreaks). Checked on this
            device; never shared.
          </dd>
        </div>
      </dl>
    </Card>
  );
}
