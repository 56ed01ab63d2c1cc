import { countOf } from '@/lib/view/language';
import { wordWeights } from '@/lib/view/insights';
import { SlideFrame } from '../SlideFrame';
import type { SlideProps } from './types';

const SIZES = ['text-base', 'text-lg', 'text-xl', 'text-2xl', 'text-3xl'] as const;

export function WordsSlide({ view }: SlideProps) {
  const words = wordWeights(view.stats.distinctiveWords, 20);
  return (
    <SlideFrame kicker="Your words" headline="The words that were unmistakably yours.">
      <ul className="flex flex-wrap content-start gap-2" aria-label="Distinctive words">
        {words.map((entry, index) => (
          <li
            key={entry.word}
            title={countOf(entry.count, 'time')}
            className={`rounded-full px-4 py-1.5 font-bold ${SIZES[Math.round(entry.weight * (SIZES.length - 1))]} ${
              index < 3 ? 'bg-white text-zinc-900' : 'bg-black/25 text-white'
            }`}
          >
            {entry.word}
          </li>
        ))}
      </ul>
      <p className="mt-auto text-sm text-white/85">Words you used far more often than everyday English does.</p>
    </SlideFrame>
  );
}
