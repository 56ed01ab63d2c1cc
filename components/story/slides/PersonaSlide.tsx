'use client';
import { useWrappedCreative } from '@/components/wrapped/WrappedCreative';
import { SlideFrame } from '../SlideFrame';
import type { SlideProps } from './types';

export function PersonaSlide({ view }: SlideProps) {
  const { persona } = view;
  const { texts } = useWrappedCreative();
  return (
    <SlideFrame kicker="Your AI persona" headline="You are…">
      <div className="flex flex-1 flex-col items-center justify-center text-center">
        <p className="text-[8rem] leading-none transition duration-700 motion-safe:starting:scale-50 motion-safe:starting:opacity-0" aria-hidden="true">
          {persona.emoji}
        </p>
        <p className="mt-6 text-5xl font-black tracking-tight text-balance" data-testid="persona-name">
          {persona.name}
        </p>
        {texts?.persona ? (
          <p className="mt-4 max-w-sm text-lg text-white/90 text-pretty" data-testid="persona-description">{texts.persona}</p>
        ) : null}
        <p className="mt-3 max-w-sm text-sm text-white/85 text-pretty">{persona.reason}</p>
      </div>
    </SlideFrame>
  );
}
