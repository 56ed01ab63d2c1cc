/** Where the models run in this browser, and why. */
import { Card } from '@/components/ui/Card';
import type { DeviceChoice } from '@/lib/ml/device';
import { countOf } from '@/lib/view/language';

interface DeviceCardProps {
  /** What the worker chose (null until a model has run in this tab). */
  device: DeviceChoice | null;
  /** What this browser offers for the saved preference, probed on the page. */
  expected: DeviceChoice | null;
}

function backendName(device: DeviceChoice): string {
  return device.backend === 'webgpu' ? 'WebGPU' : 'WASM';
}

export function DeviceCard({ device, expected }: DeviceCardProps) {
  const shown = device ?? expected;
  if (!shown) {
    return (
      <Card title="Running on" caption="Checking this browser…">
        <p className="text-2xl font-black" data-testid="ml-device" data-value="">
          Checking…
        </p>
        <p className="mt-2 text-sm text-zinc-400">Looking for WebGPU and WASM threads.</p>
      </Card>
    );
  }
  const facts = [
    countOf(shown.threads, 'WASM thread'),
    shown.backend === 'webgpu' ? (shown.shaderF16 ? 'half-precision shaders available' : 'full-precision shaders') : null,
    shown.softwareGpu ? 'software GPU' : null,
  ].filter(Boolean);
  const changes = device && expected && (device.backend !== expected.backend || device.threads !== expected.threads);
  return (
    <Card title="Running on" caption={device ? 'In use by the analysis in this tab' : 'What this browser offers; confirmed when a model runs'}>
      <p className="text-3xl font-black tracking-tight" data-testid="ml-device" data-value={shown.backend} data-source={device ? 'worker' : 'probe'}>
        {backendName(shown)}
      </p>
      <p className="mt-1 text-sm text-zinc-400">{facts.join(' · ')}</p>
      <p className="mt-3 text-sm text-zinc-200" data-testid="ml-device-reason">
        {shown.reason}
      </p>
      {changes ? (
        <p className="mt-3 text-sm text-zinc-400">
          With your current setting, the next analysis runs on {backendName(expected)}: {expected.reason}.
        </p>
      ) : null}
      {shown.softwareGpu ? (
        <p className="mt-3 rounded-2xl bg-amber-400/10 p-3 text-sm text-amber-200 ring-1 ring-amber-300/20" role="note">
          This GPU is emulated in software and far slower than WASM. Choose Automatic or WASM below unless you are testing.
        </p>
      ) : null}
    </Card>
  );
}
