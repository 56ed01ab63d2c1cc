'use client';
/** /dashboard: every figure of the active import for the chosen period, plus the conversation browser. */
import Link from 'next/link';
import { useMemo, useState, type ReactNode } from 'react';
import { useActiveAnalysis } from '@/components/hooks/useWrappedData';
import { SaveStatus } from '@/components/import/SaveStatus';
import { EmptyState } from '@/components/ui/EmptyState';
import { LoadingScreen } from '@/components/ui/LoadingScreen';
import { defaultPeriod, periodOptions, selectPeriod, type PeriodKey } from '@/lib/view/period';
import { wrappedViewOf } from '@/lib/view/wrapped-view';
import { AchievementsCard } from './AchievementsCard';
import { ContentKindsCard } from './ContentKindsCard';
import { CustomCategoriesCard } from './custom/CustomCategoriesCard';
import { ConversationBrowser } from './browser/ConversationBrowser';
import { DashboardHeader } from './DashboardHeader';
import { HeatmapCard } from './HeatmapCard';
import { KeyNumbers } from './KeyNumbers';
import { MediaSection } from './media/MediaSection';
import { MlSection } from './ml/MlSection';
import { useStoredMlAnalysis } from './ml/useStoredMlAnalysis';
import { ModelsCard } from './ModelsCard';
import { PersonaCard } from './PersonaCard';
import { PromptLengthCard } from './PromptLengthCard';
import { TimelineCard } from './TimelineCard';
import { WordsCard } from './WordsCard';
import { WrappedSection } from './wrapped/WrappedSection';

export function Dashboard({ headerActions }: { headerActions?: ReactNode }) {
  const { data, isPending, isError } = useActiveAnalysis();
  const [period, setPeriod] = useState<PeriodKey | null>(null);
  const analysis = data?.analysis ?? null;
  const view = useMemo(() => (analysis ? selectPeriod(analysis, period ?? defaultPeriod(analysis)) : null), [analysis, period]);
  // The ML layer covers all time; its achievements join the period's once it is computed.
  const ml = useStoredMlAnalysis(data?.importRow.state === 'complete' ? data.importRow.id : null);
  const wrapped = useMemo(() => (view ? wrappedViewOf(view, ml.data ?? null) : null), [view, ml.data]);

  if (isPending) return <LoadingScreen />;
  if (isError || !data || !analysis || !wrapped) return (
      <>
        {/* A first import that failed while saving says why here too. */}
        <SaveStatus />
        <EmptyState />
      </>
    );

  const { stats, persona } = wrapped;
  const models = analysis.stats.models.map((entry) => entry.model).filter((model) => model !== 'unknown');
  return (
    <main className="mx-auto flex max-w-7xl flex-col gap-6 px-4 py-6 sm:px-6 lg:py-10">
      <DashboardHeader
        source={analysis.source}
        firstAt={analysis.stats.firstAt}
        lastAt={analysis.stats.lastAt}
        timeZone={analysis.stats.timeZone}
        options={periodOptions(analysis)}
        period={wrapped.key}
        onPeriodChange={setPeriod}
        actions={headerActions}
      />
      <SaveStatus />
      <PersonaCard persona={persona} />
      <KeyNumbers stats={stats} />
      <WrappedSection view={wrapped} />
      <div className="grid gap-4 lg:grid-cols-3">
        <HeatmapCard stats={stats} claims={wrapped.claims} />
        <ModelsCard models={wrapped.models} />
        <TimelineCard stats={stats} />
        <PromptLengthCard stats={stats} />
        <ContentKindsCard stats={stats} />
        <WordsCard stats={stats} />
        <AchievementsCard achievements={wrapped.achievements} />
        <CustomCategoriesCard importId={data.importRow.id} />
      </div>
      <MlSection view={wrapped} />
      <MediaSection view={wrapped} />
      <ConversationBrowser importId={data.importRow.id} models={models} timeZone={analysis.stats.timeZone} />
      <footer className="flex flex-wrap items-center justify-between gap-3 border-t border-white/10 pt-6 text-sm text-zinc-400">
        <span>Analysed on this device · nothing was uploaded</span>
        <Link href="/wrapped" className="font-semibold text-fuchsia-300 hover:text-fuchsia-200 focus-visible:outline-2 focus-visible:outline-fuchsia-400">
          ▶ Replay the story
        </Link>
      </footer>
    </main>
  );
}
