import { CountUp } from '@/components/ui/CountUp';
import { formatNumber, formatPercent } from '@/lib/view/format';
import { contentKindEntries } from '@/lib/view/insights';
import { BigStat, SlideFrame } from '../SlideFrame';
import type { SlideProps } from './types';

export function ContentSlide({ view }: SlideProps) {
  const { stats } = view;
  const kinds = contentKindEntries(stats.contentKinds).slice(0, 6);
  return (
    <SlideFrame kicker="Beyond text" headline="Code, pictures, voice and more.">
      <BigStat label="of all messages contained code" size="lg">
        <CountUp value={stats.codeShare} name="codeShare" format={formatPercent} />
      </BigStat>
      <ul className="grid grid-cols-2 gap-3">
        {kinds.map((entry) => (
          <li key={entry.kind} className={`rounded-2xl p-3 ${entry.count > 0 ? 'bg-black/25' : 'bg-black/10 opacity-60'}`}>
            <span className="text-2xl" aria-hidden="true">{entry.emoji}</span>
            <span className="block text-2xl font-black" data-testid={`kind-${entry.kind}`} data-value={entry.count}>
              {formatNumber(entry.count)}
            </span>
            <span className="text-sm text-white/85">{entry.label}</span>
          </li>
        ))}
      </ul>
    </SlideFrame>
  );
}
