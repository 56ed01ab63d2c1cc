'use client';
/** A read-only value with a Copy button and a visible, announced confirmation. */
import { useEffect, useId, useRef, useState } from 'react';

interface CopyFieldProps {
  label: string;
  value: string;
  /** Button text, e.g. "Copy link". */
  action: string;
  testId?: string;
}

export function CopyField({ label, value, action, testId }: CopyFieldProps) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<'idle' | 'copied' | 'select'>('idle');

  useEffect(() => setStatus('idle'), [value]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setStatus('copied');
    } catch {
      // No clipboard permission (or an insecure origin): select it for a manual copy.
      input.current?.select();
      setStatus('select');
    }
  };

  return (
    <div>
      <label htmlFor={id} className="text-xs font-semibold uppercase tracking-wider text-zinc-400">
        {label}
      </label>
      <div className="mt-1 flex gap-2">
        <input
          id={id}
          ref={input}
          readOnly
          value={value}
          onFocus={(event) => event.target.select()}
          className="min-w-0 flex-1 rounded-xl bg-black/40 px-3 py-2 font-mono text-xs text-zinc-200 ring-1 ring-white/10"
          data-testid={testId}
        />
        <button type="button" onClick={copy} className="shrink-0 rounded-xl bg-white px-4 py-2 text-sm font-bold text-zinc-900 hover:bg-zinc-200 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white">
          {action}
        </button>
      </div>
      <p aria-live="polite" className="mt-1 min-h-4 text-xs text-emerald-300" data-testid={testId ? `${testId}-status` : undefined}>
        {status === 'copied' ? 'Copied to the clipboard.' : status === 'select' ? 'Copying was blocked here; the text is selected, press Ctrl+C (⌘C) to copy it.' : ''}
      </p>
    </div>
  );
}
