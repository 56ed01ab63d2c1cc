import { Card } from '@/components/ui/Card';
import { ProgressBar } from '@/components/ui/ProgressBar';
import { formatPercent } from '@/lib/view/format';
import type { AchievementsView } from '@/lib/view/wrapped-view';

export function AchievementsCard({ achievements }: { achievements: AchievementsView }) {
  const { unlocked, locked, all } = achievements;
  return (
    <Card title="Achievements" caption={<span data-testid="dashboard-achievements" data-unlocked={unlocked.length} data-total={all.length}>{`${unlocked.length} of ${all.length} unlocked`}</span>}>
      <ul className="flex flex-col gap-3">
        {unlocked.map((achievement) => (
          <li key={achievement.id} className="flex gap-3 rounded-2xl bg-amber-400/10 p-3 ring-1 ring-amber-300/20">
            <span className="text-xl" aria-hidden="true">🏆</span>
            <div>
              <p className="font-bold">{achievement.title}</p>
              <p className="text-sm text-zinc-300">{achievement.description}</p>
              <p className="text-xs text-amber-200/80">Unlocked · {achievement.threshold}</p>
            </div>
          </li>
        ))}
        {locked.map((achievement) => (
          <li key={achievement.id} className="flex gap-3 rounded-2xl bg-white/5 p-3">
            <span className="text-xl opacity-60" aria-hidden="true">🔒</span>
            <div className="min-w-0 flex-1">
              <div className="flex items-baseline justify-between gap-2">
                <p className="font-bold text-zinc-300">{achievement.title}</p>
                <span className="text-xs tabular-nums text-zinc-400">{formatPercent(achievement.progress)}</span>
              </div>
              <p className="text-sm text-zinc-400">{achievement.description}</p>
              <ProgressBar value={achievement.progress} label={`${achievement.title}: progress toward ${achievement.threshold}`} className="mt-2" />
              <p className="mt-1 text-xs text-zinc-400">Goal: {achievement.threshold}</p>
            </div>
          </li>
        ))}
      </ul>
    </Card>
  );
}
