'use client';
/**
 * Who writes the words: the on-device grammar (default), a small language model in this browser
 * (hub tier, only when hub models are allowed), or this site's server model (only when the
 * deployer configured one). The server option says exactly what it sends.
 */
import Link from 'next/link';
import { useMlSettings } from '@/components/models/useMlSettings';
import type { TextEngine } from '@/lib/gen/types';
import { useServerWriter } from './useServerWriter';
import { useWrappedCreative } from './WrappedCreative';

export function WriterChoice() {
  const { look, update } = useWrappedCreative();
  const { settings } = useMlSettings();
  const server = useServerWriter();
  const options: { engine: TextEngine; label: string; note: React.ReactNode; disabled: boolean }[] = [
    { engine: 'template', label: 'On this device', note: 'Instant, offline: a grammar fills in your numbers.', disabled: false },
    {
      engine: 'hub',
      label: 'Small language model, on this device',
      note: settings?.hubModelsEnabled ? (
        'Downloads a small instruction model once; runs in your browser.'
      ) : (
        <>
          Needs hub models — turn them on in <Link href="/models" className="underline">Models</Link>.
        </>
      ),
      disabled: !settings?.hubModelsEnabled,
    },
    {
      engine: 'server',
      label: server?.model ? `This site’s model (${server.model})` : 'This site’s model',
      note: server?.configured
        ? 'Sends your summary — numbers, topic names, persona — to this site’s server. Never your messages.'
        : 'Not set up on this site.',
      disabled: !server?.configured,
    },
  ];
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1 text-sm font-semibold text-zinc-300">Who writes the words</legend>
      {options.map((option) => (
        <label key={option.engine} className={`flex gap-3 rounded-2xl p-3 ring-1 ring-white/10 ${option.disabled ? 'opacity-60' : 'cursor-pointer hover:bg-white/5'}`}>
          <input
            type="radio"
            name="text-engine"
            value={option.engine}
            checked={look.textEngine === option.engine}
            disabled={option.disabled}
            onChange={() => update({ textEngine: option.engine })}
            className="mt-1 accent-fuchsia-500"
          />
          <span>
            <span className="block font-semibold text-zinc-100">{option.label}</span>
            <span className="block text-sm text-zinc-400">{option.note}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
