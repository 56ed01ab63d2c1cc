'use client';
import { CountUp } from '@/components/ui/CountUp';
import { formatIsoRange, sourceName } from '@/lib/view/format';
import { useWrappedCreative } from '@/components/wrapped/WrappedCreative';
import { SlideFrame } from '../SlideFrame';
import type { SlideProps } from './types';

export function IntroSlide({ analysis, view }: SlideProps) {
  const { stats } = view.period;
  const { texts } = useWrappedCreative();
  return (
    <SlideFrame kicker="AI Wrapped" footer={`From your ${sourceName(analysis.source.format)} export · analysed on this device`}>
      <div className="flex flex-1 flex-col justify-center">
        <p className="text-xl font-semibold text-white/85">{view.year ? 'Your year with AI' : 'Your whole history with AI'}</p>
        <p className="mt-1 text-[6.5rem] font-black leading-none tracking-tighter sm:text-[8rem]">{view.year ?? 'All time'}</p>
        <p className="mt-4 min-h-[3.5rem] text-xl font-semibold italic text-white/90 text-balance" data-testid="tagline">
          {texts?.tagline ?? ''}
        </p>
        <p className="mt-6 text-2xl font-semibold">
          <CountUp value={stats.conversations} name="conversations" className="block text-7xl font-black tracking-tighter" />
          conversations
        </p>
        <p className="mt-3 text-white/85">{formatIsoRange(stats.firstAt, stats.lastAt, stats.timeZone)}</p>
      </div>
    </SlideFrame>
  );
}
