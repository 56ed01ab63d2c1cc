/** Every model the app can run: what it does, how big it is, whether it is here, and how it runs now. */
import { Card } from '@/components/ui/Card';
import type { DeviceChoice } from '@/lib/ml/device';
import type { EncoderUse, MlAnalysis } from '@/lib/ml/types';
import { deviceName } from '@/components/dashboard/ml/ml-view';
import { CATALOG, downloadBytes, dtypeFor, type CatalogModel } from '@/lib/models/catalog';
import { formatBytes, formatNumber } from '@/lib/view/format';
import { countOf, listOf } from '@/lib/view/language';

const TASK_NAMES: Record<Exclude<CatalogModel['task'], `head:${string}`>, string> = {
  'sentence-embedding': 'Sentence encoder',
  nlp: 'Language toolkit',
  'text-generation': 'Text generator',
  'image-moderation': 'Image safety',
  'object-detection': 'Object detector',
  'zero-shot-image-classification': 'Image tagger',
  'image-captioning': 'Image captioner',
  'speech-recognition': 'Speech recogniser',
};

function taskName(task: CatalogModel['task']): string {
  return task.startsWith('head:') ? `Classifier: ${task.slice('head:'.length)}` : TASK_NAMES[task as keyof typeof TASK_NAMES];
}

function size(model: CatalogModel, device: DeviceChoice | null): { text: string; approximate: boolean } {
  if (model.source.kind === 'npm-module') return { text: formatBytes(model.moduleBytes ?? 0), approximate: false };
  const bytes = downloadBytes(model, device?.backend ?? 'wasm');
  return { text: formatBytes(bytes), approximate: model.files.some((file) => file.approximate) };
}

/** "Messages", "Conversations", or both, from the encoders the last analysis used. */
function usedFor(model: CatalogModel, encoders: MlAnalysis['encoders'] | undefined): { roles: string[]; use: EncoderUse | null } {
  if (!encoders) return { roles: [], use: null };
  const roles: string[] = [];
  let use: EncoderUse | null = null;
  if (encoders.messages.id === model.id) {
    roles.push('messages');
    use = encoders.messages;
  }
  if (encoders.conversations.id === model.id) {
    roles.push('conversations and search');
    use ??= encoders.conversations;
  }
  return { roles, use };
}

function runsOn(model: CatalogModel, device: DeviceChoice | null, use: EncoderUse | null): string {
  if (use) return `${deviceName(use.device)} · ${use.dtype}`;
  if (model.runtime === 'wink' || model.runtime === 'static-embeddings' || model.runtime === 'head') return 'JavaScript on the CPU';
  const backend = device?.backend ?? 'wasm';
  return `${backend === 'webgpu' ? 'WebGPU' : 'WASM'} · ${dtypeFor(model, backend)}${device ? '' : ' (expected)'}`;
}

interface ModelCatalogCardProps {
  device: DeviceChoice | null;
  hubEnabled: boolean;
  analysis: MlAnalysis | null;
}

export function ModelCatalogCard({ device, hubEnabled, analysis }: ModelCatalogCardProps) {
  const known = new Set(CATALOG.map((model) => model.id));
  const unlisted = analysis ? [analysis.encoders.messages, analysis.encoders.conversations].filter((use, i, all) => !known.has(use.id) && all.findIndex((other) => other.id === use.id) === i) : [];
  return (
    <Card title="Models" caption={`${countOf(CATALOG.length, 'model')} in the catalog; bundled ones ship with the app and work offline`} className="lg:col-span-3">
      <ul className="grid gap-3 md:grid-cols-2" data-testid="model-catalog">
        {CATALOG.map((model) => {
          const { roles, use } = usedFor(model, analysis?.encoders);
          const bytes = size(model, device);
          const hub = model.tier === 'hub';
          return (
            <li key={model.id} className="flex flex-col gap-2 rounded-2xl bg-white/5 p-4" data-model-id={model.id} data-tier={model.tier}>
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div className="min-w-0">
                  <h3 className="font-bold">{model.name}</h3>
                  <p className="text-xs text-zinc-400">
                    {model.id} · {taskName(model.task)}
                    {model.dimensions ? ` · ${formatNumber(model.dimensions)}-d` : ''}
                  </p>
                </div>
                <span
                  className={`shrink-0 rounded-full px-2.5 py-0.5 text-xs font-semibold ${
                    hub ? (hubEnabled ? 'bg-cyan-500/15 text-cyan-200' : 'bg-white/5 text-zinc-400') : 'bg-emerald-500/15 text-emerald-200'
                  }`}
                  data-testid="model-state"
                >
                  {hub ? `Hub: ${hubEnabled ? 'on' : 'off'}` : 'Bundled'}
                </span>
              </div>
              <p className="text-sm text-zinc-300">{model.description}</p>
              <dl className="mt-auto grid grid-cols-3 gap-2 text-xs">
                <div>
                  <dt className="text-zinc-400">Size</dt>
                  <dd className="font-semibold tabular-nums">
                    {bytes.approximate ? '≈ ' : ''}
                    {bytes.text}
                  </dd>
                </div>
                <div>
                  <dt className="text-zinc-400">Runs as</dt>
                  <dd className="font-semibold">{runsOn(model, device, use)}</dd>
                </div>
                <div>
                  <dt className="text-zinc-400">Licence</dt>
                  <dd className="font-semibold">{model.licence}</dd>
                </div>
              </dl>
              {roles.length ? (
                <p className="text-xs font-semibold text-fuchsia-300" data-testid="model-in-use">
                  In use for {listOf(roles)}
                </p>
              ) : hub && !hubEnabled ? (
                <p className="text-xs text-zinc-400">Turn on “Use hub models” to allow its download.</p>
              ) : null}
            </li>
          );
        })}
        {unlisted.map((use) => (
          <li key={use.id} className="flex flex-col gap-2 rounded-2xl bg-white/5 p-4" data-model-id={use.id}>
            <h3 className="font-bold">{use.id}</h3>
            <p className="text-sm text-zinc-300">Used by your last analysis.</p>
            <p className="text-xs font-semibold text-fuchsia-300">
              {deviceName(use.device)} · {use.dtype}
            </p>
          </li>
        ))}
      </ul>
    </Card>
  );
}
