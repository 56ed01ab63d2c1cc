/** How you ask: the mix of questions, requests, instructions … and how polite you were about it. */
import { Card } from '@/components/ui/Card';
import type { MlAnalysis } from '@/lib/ml/types';
import { formatNumber, formatPercent } from '@/lib/view/format';
import { countOf } from '@/lib/view/language';
import { INTENT_META, INTENTS } from './ml-view';
import { ShareBars } from './ShareAreaChart';

export function IntentCard({ intents, politeness }: { intents: MlAnalysis['intents']; politeness: MlAnalysis['politeness'] }) {
  const words = [
    { name: 'please', label: 'said please', share: politeness.pleaseShare },
    { name: 'thanks', label: 'said thanks', share: politeness.thanksShare },
    { name: 'sorry', label: 'said sorry', share: politeness.sorryShare },
  ];
  return (
    <Card title="How you ask" caption="What your prompts were doing, across all your conversations">
      <ShareBars shares={intents.overall} labels={INTENTS} meta={INTENT_META} testId="ml-intents" />
      <div className="mt-5 border-t border-white/10 pt-4">
        <p className="text-sm">
          Politeness <strong className="text-lg font-black tabular-nums" data-testid="ml-politeness" data-value={politeness.score}>{formatNumber(politeness.score)}</strong>
          <span className="text-zinc-400"> / 100</span>
        </p>
        <dl className="mt-2 grid grid-cols-3 gap-2 text-center">
          {words.map((word) => (
            <div key={word.name} className="rounded-2xl bg-white/5 p-2">
              <dd className="text-lg font-black tabular-nums">{formatPercent(word.share)}</dd>
              <dt className="text-xs text-zinc-400">{word.label}</dt>
            </div>
          ))}
        </dl>
        <p className="mt-2 text-xs text-zinc-400">Share of your {countOf(politeness.messages, 'prompt')}.</p>
      </div>
    </Card>
  );
}
