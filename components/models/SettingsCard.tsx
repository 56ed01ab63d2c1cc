'use client';
/** Device preference and the hub switch, saved on this device; plus re-running the analysis with them. */
import { useId } from 'react';
import { MlStatus } from '@/components/dashboard/ml/MlStatus';
import type { MlPending } from '@/components/dashboard/ml/useMlView';
import { Card } from '@/components/ui/Card';
import type { DevicePreference } from '@/lib/ml/device';
import { useMlSettings } from './useMlSettings';

const OPTIONS: { value: DevicePreference; label: string; hint: string }[] = [
  { value: 'auto', label: 'Automatic', hint: 'WebGPU on a real graphics card, otherwise WASM' },
  { value: 'webgpu', label: 'WebGPU', hint: 'Always use the graphics card, even an emulated one' },
  { value: 'wasm', label: 'WASM', hint: 'Always use the processor' },
];

interface SettingsCardProps {
  importId: string | null;
  /** Progress of a run started here (null when none). */
  pending: MlPending | null;
  onAnalyse: (preference: DevicePreference) => void;
  onCancel: () => void;
}

export function SettingsCard({ importId, pending, onAnalyse, onCancel }: SettingsCardProps) {
  const { settings, saveError, setDevicePreference, setHubModelsEnabled } = useMlSettings();
  const hubId = useId();
  const radioId = useId();
  const hubHintId = useId();
  const preference = settings?.devicePreference ?? 'auto';
  const running = pending?.kind === 'running';
  return (
    <Card title="Settings" caption="Saved in this browser; used by the next analysis" className="lg:col-span-2">
      <fieldset disabled={!settings} className="flex flex-col gap-2">
        <legend className="mb-2 text-sm font-semibold">Device</legend>
        <div className="grid gap-2 sm:grid-cols-3">
          {OPTIONS.map((option) => {
            const id = `${radioId}-${option.value}`;
            return (
              <div
                key={option.value}
                className={`relative flex flex-col rounded-2xl p-3 ring-1 transition has-focus-visible:outline-2 has-focus-visible:outline-fuchsia-400 ${
                  preference === option.value ? 'bg-fuchsia-500/15 ring-fuchsia-400/40' : 'bg-white/5 ring-white/10 hover:bg-white/10'
                }`}
              >
                {/* The label's ::after covers the card, so the whole card picks the option; the hint stays out of the radio's name. */}
                <label htmlFor={id} className="flex cursor-pointer items-center gap-2 font-semibold after:absolute after:inset-0 after:rounded-2xl">
                  <input
                    id={id}
                    type="radio"
                    name="ml-device-preference"
                    value={option.value}
                    checked={preference === option.value}
                    onChange={() => setDevicePreference(option.value)}
                    aria-describedby={`${id}-hint`}
                    className="accent-fuchsia-500"
                    data-testid={`device-preference-${option.value}`}
                  />
                  {option.label}
                </label>
                <span id={`${id}-hint`} className="mt-1 text-xs text-zinc-400">
                  {option.hint}
                </span>
              </div>
            );
          })}
        </div>
      </fieldset>
      <div className="mt-5 flex items-start justify-between gap-4 border-t border-white/10 pt-4">
        <div>
          <label htmlFor={hubId} className="font-semibold">Use hub models</label>
          <p id={hubHintId} className="mt-1 text-sm text-zinc-400">
            Lets the app download bigger encoders from the Hugging Face hub (about 25–35 MB each, once). Your conversations still never leave this device.
          </p>
        </div>
        <button
          id={hubId}
          type="button"
          role="switch"
          aria-checked={settings?.hubModelsEnabled ?? false}
          aria-describedby={hubHintId}
          disabled={!settings}
          onClick={() => setHubModelsEnabled(!settings?.hubModelsEnabled)}
          data-testid="hub-models-toggle"
          className={`relative h-7 w-12 shrink-0 rounded-full transition focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-fuchsia-400 disabled:opacity-50 ${
            settings?.hubModelsEnabled ? 'bg-fuchsia-500' : 'bg-white/15'
          }`}
        >
          <span className={`absolute top-1 size-5 rounded-full bg-white transition-[left] ${settings?.hubModelsEnabled ? 'left-6' : 'left-1'}`} aria-hidden="true" />
        </button>
      </div>
      {saveError ? <p role="alert" className="mt-3 text-sm text-rose-300">Could not save the setting: {saveError.message}</p> : null}
      <div className="mt-5 border-t border-white/10 pt-4">
        {pending ? (
          <MlStatus pending={pending} onCancel={onCancel} onRetry={() => onAnalyse(preference)} />
        ) : (
          <div className="flex flex-wrap items-center justify-between gap-3">
            <p className="text-sm text-zinc-400">{importId ? 'Run the analysis of your active import again with these settings.' : 'Import a chat export to analyse it.'}</p>
            <button
              type="button"
              onClick={() => onAnalyse(preference)}
              disabled={!importId || running}
              className="rounded-full bg-white/10 px-4 py-2 text-sm font-semibold hover:bg-white/15 focus-visible:outline-2 focus-visible:outline-fuchsia-400 disabled:opacity-50"
              data-testid="ml-reanalyse"
            >
              Analyse again
            </button>
          </div>
        )}
      </div>
    </Card>
  );
}
