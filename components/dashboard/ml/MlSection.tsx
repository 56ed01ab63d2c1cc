'use client';
/**
 * The dashboard's ML section: topics, feelings, tone, how you ask and write, and what to
 * revisit. Until the on-device analysis is there, the same cards hold its progress (or its
 * error) at the same size, so nothing jumps when the figures arrive.
 */
import Link from 'next/link';
import { Card } from '@/components/ui/Card';
import { countOf } from '@/lib/view/language';
import { periodSpan, type PeriodView } from '@/lib/view/period';
import { DiversityCard } from './DiversityCard';
import { EmotionTimelineCard } from './EmotionTimelineCard';
import { IntentCard } from './IntentCard';
import { LanguageCard } from './LanguageCard';
import { MlStatus } from './MlStatus';
import { RevisitCard } from './RevisitCard';
import { SentimentCard } from './SentimentCard';
import { TopicMapCard } from './TopicMapCard';
import { TopicsCard } from './TopicsCard';
import { useMlView } from './useMlView';

/** `view`: the period shown; topics, feelings and tone follow it, the rest of the ML layer is all time. */
export function MlSection({ view }: { view: Pick<PeriodView, 'key' | 'label' | 'year' | 'range'> }) {
  const ml = useMlView();
  const { analysis } = ml;
  const span = periodSpan(view);
  return (
    <section aria-labelledby="ml-heading" className="flex flex-col gap-4" data-testid="ml-section" data-state={analysis ? 'done' : ml.pending?.kind ?? 'waiting'}>
      <header className="flex flex-wrap items-end justify-between gap-3 pt-2">
        <div>
          <h2 id="ml-heading" className="text-2xl font-black tracking-tight">What your conversations were about</h2>
          <p className="mt-1 text-sm text-zinc-400">
            Read by small language models right here in your browser
            {analysis ? ` · ${countOf(analysis.counts.conversations, 'conversation')}, ${countOf(analysis.counts.userMessages, 'prompt')}` : ''}
            {ml.refreshing ? ' · updating…' : ''}
          </p>
        </div>
        <nav aria-label="More from the analysis" className="flex gap-3 text-sm">
          <Link href="/search" className="font-semibold text-fuchsia-300 hover:text-fuchsia-200 focus-visible:outline-2 focus-visible:outline-fuchsia-400">
            Search by meaning →
          </Link>
          <Link href="/models" className="font-semibold text-fuchsia-300 hover:text-fuchsia-200 focus-visible:outline-2 focus-visible:outline-fuchsia-400">
            Models and speed →
          </Link>
        </nav>
      </header>
      <div className="grid gap-4 lg:grid-cols-3">
        {analysis ? (
          <>
            <TopicMapCard topics={analysis.topics} points={analysis.topicMap} />
            <DiversityCard diversity={analysis.diversity} topics={analysis.topics.length} />
            <TopicsCard topics={analysis.topics} view={view} />
            <EmotionTimelineCard emotions={analysis.emotions} span={span} />
            <IntentCard intents={analysis.intents} politeness={analysis.politeness} />
            <SentimentCard sentiment={analysis.sentiment} toxicity={analysis.toxicity} span={span} />
            <LanguageCard language={analysis.language} />
            <RevisitCard revisit={analysis.revisit} />
          </>
        ) : (
          <>
            <Card title="Topic map" className="lg:col-span-2">
              <div className="grid min-h-[22.5rem] place-items-center">
                {ml.pending ? <MlStatus pending={ml.pending} onCancel={ml.cancel} onRetry={ml.retry} className="w-full max-w-lg" /> : null}
              </div>
            </Card>
            <Placeholder title="Range" height="h-[22.5rem]" />
            <Placeholder title="Topics" height="h-64" className="lg:col-span-3" />
            <Placeholder title="Feelings over time" height="h-64" className="lg:col-span-2" />
            <Placeholder title="How you ask" height="h-64" />
            <Placeholder title="Tone by month" height="h-80" className="lg:col-span-2" />
            <Placeholder title="How you write" height="h-80" />
            <Placeholder title="Worth revisiting" height="h-40" className="lg:col-span-3" />
          </>
        )}
      </div>
    </section>
  );
}

function Placeholder({ title, height, className }: { title: string; height: string; className?: string }) {
  return (
    <Card title={title} caption="Waiting for the on-device analysis" className={className}>
      <div className={`${height} rounded-2xl bg-white/5 motion-safe:animate-pulse`} aria-hidden="true" />
    </Card>
  );
}
