'use client';
/** The generated layer on the dashboard: words, writer and cover for the chosen period. */
import { WrappedCreativeProvider } from '@/components/wrapped/WrappedCreative';
import type { WrappedView } from '@/lib/view/wrapped-view';
import { CoverCard } from './CoverCard';
import { GeneratedWordsCard } from './GeneratedWordsCard';
import { WriterCard } from './WriterCard';

export function WrappedSection({ view }: { view: WrappedView }) {
  return (
    <WrappedCreativeProvider view={view}>
      <div className="grid items-start gap-4 lg:grid-cols-3">
        <GeneratedWordsCard />
        <div className="flex flex-col gap-4">
          <CoverCard />
          <WriterCard />
        </div>
      </div>
    </WrappedCreativeProvider>
  );
}
