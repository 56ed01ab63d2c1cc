'use client';
/** /models: the model catalog, where they run and why, the ML settings, a benchmark and the last run's timings. */
import { PageHeader } from '@/components/ui/PageHeader';
import { useStoredMlAnalysis } from '@/components/dashboard/ml/useStoredMlAnalysis';
import type { MlPending } from '@/components/dashboard/ml/useMlView';
import { useActiveAnalysis } from '@/components/hooks/useWrappedData';
import { useMl } from '@/components/ml/MlProvider';
import { BenchmarkCard } from './BenchmarkCard';
import { DeviceCard } from './DeviceCard';
import { DiagnosticsCard } from './DiagnosticsCard';
import { ModelCatalogCard } from './ModelCatalogCard';
import { PerformanceCard } from './PerformanceCard';
import { OfflineStatus } from '@/components/pwa/OfflineStatus';
import { RegistryCard } from './RegistryCard';
import { SettingsCard } from './SettingsCard';
import { useExpectedDevice } from './useExpectedDevice';
import { useMlSettings } from './useMlSettings';

export function ModelsPage() {
  const active = useActiveAnalysis();
  const importId = active.data?.importRow.id ?? null;
  const stored = useStoredMlAnalysis(importId);
  const ml = useMl();
  const { settings } = useMlSettings();
  const expected = useExpectedDevice(settings?.devicePreference ?? null);
  const state = ml.state;
  const mine = state.status !== 'idle' && (state.importId === importId || state.importId === null);
  const pending: MlPending | null = !mine
    ? null
    : state.status === 'running'
      ? { kind: 'running', state }
      : state.status === 'error'
        ? { kind: 'error', error: state.error }
        : state.status === 'cancelled'
          ? { kind: 'cancelled' }
          : null;

  return (
    <main className="mx-auto flex max-w-7xl flex-col gap-6 px-4 py-6 sm:px-6 lg:py-10" data-testid="models-page">
      <PageHeader current="/models" title="Models and speed">
        <p className="-mt-3 text-sm text-zinc-400">Every model runs inside this browser. Your conversations are never uploaded.</p>
      </PageHeader>
      <OfflineStatus />
      <div className="grid gap-4 lg:grid-cols-3">
        <DeviceCard device={ml.device} expected={expected.data ?? null} />
        <SettingsCard importId={importId} pending={pending} onAnalyse={(preference) => importId && ml.analyse(importId, preference)} onCancel={ml.cancel} />
        <BenchmarkCard importId={importId} />
        <PerformanceCard analysis={stored.data ?? null} />
        <RegistryCard onAnalyse={importId ? () => ml.analyse(importId) : null} />
        <ModelCatalogCard device={ml.device ?? expected.data ?? null} hubEnabled={settings?.hubModelsEnabled ?? false} analysis={stored.data ?? null} />
        <DiagnosticsCard />
      </div>
    </main>
  );
}
