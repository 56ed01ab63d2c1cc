'use client';
/** What the app recovered from on this device (a writer that failed, say), for bug reports. */
import { useProblems } from '@/components/diagnostics/problemLog';
import { Card } from '@/components/ui/Card';
import { formatDateTime } from '@/lib/view/format';
import { countOf } from '@/lib/view/language';

export function DiagnosticsCard() {
  const { problems, clear } = useProblems();
  return (
    <Card
      title="Diagnostics"
      caption={problems.length === 0 ? 'Nothing went wrong on this device.' : `${countOf(problems.length, 'problem')} recovered from, newest first. Kept on this device only.`}
      className="lg:col-span-3"
      action={
        problems.length > 0 ? (
          <button
            type="button"
            onClick={clear}
            className="rounded-full bg-white/10 px-3 py-1 text-sm font-semibold text-zinc-200 hover:bg-white/20 focus-visible:outline-2 focus-visible:outline-fuchsia-400"
          >
            Clear
          </button>
        ) : null
      }
    >
      {problems.length > 0 ? (
        <ul className="flex flex-col gap-3" data-testid="diagnostics">
          {problems.map((problem) => (
            <li key={`${problem.at}-${problem.source}`} className="rounded-2xl bg-white/5 p-3 text-sm">
              <p className="font-semibold text-zinc-100">
                {problem.source} <span className="font-normal text-zinc-400">· {formatDateTime(problem.at)}</span>
              </p>
              <p className="text-zinc-300">{problem.recovery}.</p>
              <details className="mt-1">
                <summary className="cursor-pointer text-zinc-400">Technical detail</summary>
                <pre className="mt-1 max-h-48 overflow-auto whitespace-pre-wrap break-words text-xs text-zinc-400">{problem.detail}</pre>
              </details>
            </li>
          ))}
        </ul>
      ) : null}
    </Card>
  );
}
