'use client';
import { useId, useState, type DragEvent } from 'react';
import type { DroppedFile } from '@/workers/ingest/protocol';
import { collectDroppedFiles, filesFromInput } from './dropped-files';

export function DropZone({ onFiles, disabled }: { onFiles: (files: DroppedFile[]) => void; disabled: boolean }) {
  const inputId = useId();
  const [over, setOver] = useState(false);

  const onDrop = async (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    if (disabled) return;
    const files = await collectDroppedFiles(event.dataTransfer);
    if (files.length > 0) onFiles(files);
  };

  return (
    <label
      htmlFor={inputId}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      className={`flex w-full cursor-pointer flex-col items-center justify-center gap-2 rounded-3xl border-2 border-dashed px-6 py-12 text-center transition focus-within:outline-2 focus-within:outline-violet-400 ${
        over ? 'border-fuchsia-400 bg-fuchsia-500/10' : 'border-white/20 bg-white/[0.03] hover:border-white/40'
      } ${disabled ? 'pointer-events-none opacity-50' : ''}`}
    >
      <span className="text-4xl" aria-hidden>
        ⬇︎
      </span>
      <span className="text-lg font-semibold">Drop your export here, or choose a file</span>
      <span className="max-w-md text-sm text-zinc-400">
        ChatGPT or Claude export <code>.zip</code> / <code>conversations.json</code> (sharded exports too), or Google Takeout’s Gemini{' '}
        <code>MyActivity.json</code>. It is read on this device and never uploaded.
      </span>
      <input
        id={inputId}
        type="file"
        accept=".zip,.json,application/zip,application/json"
        multiple
        disabled={disabled}
        className="sr-only"
        data-testid="import-input"
        onChange={(event) => {
          const files = filesFromInput(event.target.files);
          event.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </label>
  );
}
