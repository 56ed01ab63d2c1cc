'use client';
import { CountUp } from '@/components/ui/CountUp';
import { formatIsoRange, sourceName } from '@/lib/view/format';
import { nounFor } from '@/lib/view/language';
import { useWrappedCreative } from '@/components/wrapped/WrappedCreative';
import { SlideFrame } from '../SlideFrame';
import type { SlideProps } from './types';

export function IntroSlide({ analysis, view }: SlideProps) {
  const { stats } = view;
  const { texts, facts } = useWrappedCreative();
  return (
    <SlideFrame kicker="AI Wrapped" footer={`From your ${sourceName(analysis.source.format)} export · analysed on this device`}>
      <div className="flex flex-1 flex-col justify-center">
        <p className="text-xl font-semibold text-white/85">{view.year ? 'Your year with AI' : view.key === 'all' ? 'Your whole history with AI' : 'Your AI, lately'}</p>
        <p className={`mt-1 font-black leading-none tracking-tighter ${view.year ? 'text-[6.5rem] sm:text-[8rem]' : 'text-6xl sm:text-7xl'}`}>{view.year ?? view.label}</p>
        <p className="mt-4 min-h-[3.5rem] text-xl font-semibold italic text-white/90 text-balance" data-testid="tagline">
          {/* Until the words are written, the persona stands in: the slot is never blank. */}
          {texts?.tagline ?? `${facts.persona.emoji} ${facts.persona.name}`}
        </p>
        <p className="mt-6 text-2xl font-semibold">
          <CountUp value={stats.conversations} name="conversations" className="block text-7xl font-black tracking-tighter" />
          {nounFor(stats.conversations, 'conversation')}
        </p>
        <p className="mt-3 text-white/85">{formatIsoRange(stats.firstAt, stats.lastAt, stats.timeZone)}</p>
      </div>
    </SlideFrame>
  );
}
