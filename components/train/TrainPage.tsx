'use client';
/**
 * /train: the user teaches the app their own categories. Categories → labelling queue picked by
 * active learning → train (head + zero-shot ensemble, cross-validated, learning curve) → the
 * categories flow into the dashboard. Plus adapting the shipped sentiment head to their corrections.
 */
import { MlStatus } from '@/components/dashboard/ml/MlStatus';
import { useMlView } from '@/components/dashboard/ml/useMlView';
import { useActiveAnalysis } from '@/components/hooks/useWrappedData';
import { EmptyState } from '@/components/ui/EmptyState';
import { LoadingScreen } from '@/components/ui/LoadingScreen';
import { PageHeader } from '@/components/ui/PageHeader';
import { AdaptPanel } from './AdaptPanel';
import { CategoriesEditor } from './CategoriesEditor';
import { LabelledList } from './LabelledList';
import { LabellingQueue } from './LabellingQueue';
import { TrainPanel } from './TrainPanel';
import { TrainSpeedTest } from './TrainSpeedTest';
import { useCategories, useCustomHead, useLabels } from './useTrainingStore';

export function TrainPage() {
  const active = useActiveAnalysis();
  const ml = useMlView();
  if (active.isPending) return <LoadingScreen />;
  if (active.isError || !active.data) return <EmptyState />;
  const importId = active.data.importRow.id;
  return (
    <main className="mx-auto flex max-w-4xl flex-col gap-6 px-4 py-6 sm:px-6 lg:py-10" data-testid="train-page">
      <PageHeader current="/train" title="Teach it your categories">
        <p className="max-w-2xl text-sm text-zinc-400">
          Name your own categories, label the conversations it asks about, and a small model learns them right here: nothing leaves this device.
        </p>
      </PageHeader>
      {ml.pending ? (
        <div className="flex flex-col gap-2" data-testid="train-waiting">
          <p className="text-sm text-zinc-400">Training works on the meaning vectors of your conversations, which are being computed now. This page fills in as soon as they are ready.</p>
          <MlStatus pending={ml.pending} onCancel={ml.cancel} onRetry={ml.retry} />
        </div>
      ) : (
        <TrainWorkspace importId={importId} />
      )}
    </main>
  );
}

function TrainWorkspace({ importId }: { importId: string }) {
  const categories = useCategories();
  const labels = useLabels('custom', importId);
  const head = useCustomHead(importId);
  if (!categories.data || !labels.data || head.isPending) return <p role="status" className="text-sm text-zinc-400">Loading your categories…</p>;
  const known = new Set(categories.data.map((category) => category.id));
  const labelCount = labels.data.filter((label) => known.has(label.value)).length;
  return (
    <>
      <CategoriesEditor categories={categories.data} />
      <LabellingQueue importId={importId} categories={categories.data} labelCount={labelCount} />
      <LabelledList importId={importId} categories={categories.data} labels={labels.data} />
      <TrainPanel importId={importId} labelCount={labelCount} report={head.data?.report ?? null} />
      <AdaptPanel importId={importId} />
      <TrainSpeedTest />
    </>
  );
}
