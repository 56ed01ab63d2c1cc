'use client';
import { useWrappedCreative } from '@/components/wrapped/WrappedCreative';
import { SlideFrame } from '../SlideFrame';
import type { SlideProps } from './types';

export function AchievementsSlide({ view }: SlideProps) {
  const { unlocked, all } = view.achievements;
  const { texts } = useWrappedCreative();
  return (
    <SlideFrame
      kicker="Achievements"
      headline={
        <>
          <span data-testid="achievements-unlocked" data-value={unlocked.length}>{unlocked.length}</span> of{' '}
          <span data-testid="achievements-total" data-value={all.length}>{all.length}</span> unlocked
        </>
      }
    >
      {unlocked.length === 0 ? (
        <p className="text-lg text-white/85">None yet — the dashboard shows how close you are.</p>
      ) : (
        <ul className="-mr-2 flex min-h-0 flex-col gap-3 overflow-y-auto pr-2">
          {unlocked.map((achievement) => (
            <li key={achievement.id} className="flex items-start gap-3 rounded-2xl bg-black/25 p-3">
              <span className="text-2xl" aria-hidden="true">🏆</span>
              <div>
                <p className="font-black">{achievement.title}</p>
                <p className="text-sm text-white/85">{texts?.achievements[achievement.id] ?? achievement.description}</p>
                <p className="text-xs font-semibold uppercase tracking-wider text-white/85">{achievement.threshold}</p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </SlideFrame>
  );
}
