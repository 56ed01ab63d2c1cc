'use client';
import type { AppUpdate } from './useAppUpdate';

export function UpdateToast({ update }: { update: AppUpdate }) {
  return (
    <div data-testid="update-toast" className="flex items-center gap-3">
      <p className="text-sm">A new version is ready.</p>
      <button
        type="button"
        onClick={update.reload}
        className="rounded-lg bg-violet-500 px-3 py-1 text-sm font-semibold text-white hover:bg-violet-400 focus-visible:outline-2 focus-visible:outline-violet-300"
      >
        Reload
      </button>
    </div>
  );
}
