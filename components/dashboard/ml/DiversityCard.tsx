/** How spread out your conversations are: over topics, and in meaning. */
import { Card } from '@/components/ui/Card';
import { ProgressBar } from '@/components/ui/ProgressBar';
import type { MlAnalysis } from '@/lib/ml/types';
import { formatNumber, formatPercent } from '@/lib/view/format';
import { countOf, nounFor } from '@/lib/view/language';

function spreadWords(entropy: number): { title: string; body: string } {
  if (entropy >= 0.85) return { title: 'All-rounder', body: 'Your conversations spread evenly over many topics.' };
  if (entropy >= 0.6) return { title: 'Wide interests', body: 'A few favourite topics, and plenty besides.' };
  if (entropy >= 0.35) return { title: 'Focused', body: 'Most of your conversations circle a couple of topics.' };
  return { title: 'Single-minded', body: 'Nearly everything you asked was about one thing.' };
}

export function DiversityCard({ diversity, topics }: { diversity: MlAnalysis['diversity']; topics: number }) {
  const words = spreadWords(diversity.entropy);
  return (
    <Card title="Range" caption={`How spread out your ${countOf(topics, 'topic')} ${nounFor(topics, 'is', 'are')}`}>
      <p className="text-3xl font-black tracking-tight" data-testid="ml-diversity" data-value={diversity.entropy}>{words.title}</p>
      <p className="mt-1 text-sm text-zinc-300">{words.body}</p>
      <dl className="mt-5 flex flex-col gap-4 text-sm">
        {/* A dl group holds only dt/dd, so each bar is a second dd, wrapped onto its own line. */}
        <div className="flex flex-wrap justify-between gap-x-2 gap-y-1">
          <dt className="text-zinc-400">Evenness over topics</dt>
          <dd className="font-bold tabular-nums">{formatPercent(diversity.entropy)}</dd>
          <dd className="basis-full">
            <ProgressBar value={diversity.entropy} label="Evenness over topics" />
          </dd>
        </div>
        <div className="flex flex-wrap justify-between gap-x-2 gap-y-1">
          <dt className="text-zinc-400">Average distance in meaning</dt>
          <dd className="font-bold tabular-nums">{formatPercent(diversity.meanDistance)}</dd>
          <dd className="basis-full">
            <ProgressBar value={diversity.meanDistance} label="Average distance in meaning between conversations" />
          </dd>
        </div>
      </dl>
      <p className="mt-4 text-xs text-zinc-400">0 % would be one topic, said the same way every time; 100 % would be every conversation about something new.</p>
    </Card>
  );
}
