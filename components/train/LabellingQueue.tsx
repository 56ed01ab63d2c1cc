'use client';
/**
 * The next conversations to label, picked by the chosen active-learning strategy, each with why
 * it was picked. One button per category (keys 1–9) and Skip (key S) on the first in line.
 */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useMl } from '@/components/ml/MlProvider';
import type { CustomCategory } from '@/lib/custom/types';
import { ACTIVE_STRATEGIES, type ActiveStrategy } from '@/lib/train/active/types';
import { nounFor } from '@/lib/view/language';
import { useLabelMutations } from './useTrainingStore';

const BATCH = 5;

export const STRATEGY_NAMES: Record<ActiveStrategy, string> = {
  'uncertainty-margin': 'Uncertainty: smallest margin',
  'uncertainty-entropy': 'Uncertainty: highest entropy',
  'diversity-kcenter': 'Diversity: k-center (farthest first)',
  'diversity-cluster': 'Diversity: one per cluster',
  random: 'Random',
};

const isTyping = (target: EventTarget | null) => target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

export function LabellingQueue({ importId, categories, labelCount }: { importId: string; categories: CustomCategory[]; labelCount: number }) {
  const ml = useMl();
  const { set } = useLabelMutations('custom', importId);
  const [strategy, setStrategy] = useState<ActiveStrategy>('diversity-cluster');
  const [skipped, setSkipped] = useState<string[]>([]);
  const [answered, setAnswered] = useState<Set<string>>(new Set());
  const [round, setRound] = useState(0);
  const suggestions = useQuery({
    queryKey: ['training', 'suggest', importId, strategy, round, categories.map((c) => c.id).join()],
    queryFn: () => ml.suggest(importId, strategy, BATCH, skipped),
    enabled: categories.length > 0,
    staleTime: Infinity,
    placeholderData: (previous) => previous,
  });
  const queue = (suggestions.data?.picks ?? []).filter((pick) => !answered.has(pick.conversationId));
  const current = queue[0];

  // A batch fully answered: ask again (the strategy now sees the new labels and model).
  useEffect(() => {
    if (suggestions.data && !suggestions.isFetching && suggestions.data.picks.length > 0 && queue.length === 0) setRound((r) => r + 1);
  }, [queue.length, suggestions.data, suggestions.isFetching]);

  const answer = (conversationId: string, categoryId: string | null) => {
    setAnswered((done) => new Set(done).add(conversationId));
    if (categoryId) set.mutate({ conversationId, value: categoryId });
    else setSkipped((list) => [...list, conversationId]);
  };

  useEffect(() => {
    if (!current) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.metaKey || event.ctrlKey || event.altKey || isTyping(event.target)) return;
      const digit = Number(event.key);
      if (Number.isInteger(digit) && digit >= 1 && digit <= Math.min(9, categories.length)) {
        event.preventDefault();
        answer(current.conversationId, categories[digit - 1]!.id);
      } else if (event.key === 's' || event.key === 'S') {
        event.preventDefault();
        answer(current.conversationId, null);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const nameOf = (id: string | null) => categories.find((category) => category.id === id)?.name ?? null;
  return (
    <section aria-labelledby="queue-heading" className="flex flex-col gap-4 rounded-3xl bg-zinc-900/80 p-5 ring-1 ring-white/10" data-testid="train-queue">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="queue-heading" className="text-lg font-bold">2 · Label what it asks about</h2>
        <label className="flex items-center gap-2 text-sm text-zinc-400">
          Pick the next ones by
          <select
            className="rounded-xl bg-zinc-950 px-3 py-2 text-sm text-white ring-1 ring-white/15 focus-visible:outline-2 focus-visible:outline-fuchsia-400"
            value={strategy}
            onChange={(event) => {
              setStrategy(event.target.value as ActiveStrategy);
              setAnswered(new Set());
            }}
            data-testid="strategy-select"
          >
            {ACTIVE_STRATEGIES.map((value) => (
              <option key={value} value={value}>
                {STRATEGY_NAMES[value]}
              </option>
            ))}
          </select>
        </label>
      </div>
      {categories.length === 0 ? (
        <p className="text-sm text-zinc-400">Add categories first; then the conversations to label appear here.</p>
      ) : suggestions.isError ? (
        <p role="alert" className="text-sm text-rose-300" data-testid="queue-error">
          Could not pick conversations: {suggestions.error.message}
        </p>
      ) : !suggestions.data ? (
        <p role="status" className="text-sm text-zinc-400">Picking conversations…</p>
      ) : (
        <>
          <p className="text-sm text-zinc-400" role="status" data-testid="queue-status">
            {labelCount} labelled · {suggestions.data.unlabelled} to go
            {suggestions.data.fallback ? ` · ${suggestions.data.fallback}.` : ''}
            {current ? ` ${keyHint(categories.length)} the first, S skips it.` : ''}
          </p>
          {queue.length === 0 ? (
            <p className="text-sm text-zinc-400">{suggestions.data.unlabelled === 0 ? 'Every conversation is labelled.' : 'Picking the next ones…'}</p>
          ) : (
            <ol className="flex flex-col gap-3">
              {queue.map((pick, index) => (
                <li
                  key={pick.conversationId}
                  className={`flex flex-col gap-2 rounded-2xl p-4 ring-1 ${index === 0 ? 'bg-white/10 ring-fuchsia-400/50' : 'bg-white/5 ring-white/10'}`}
                  data-testid="queue-item"
                  data-title={pick.title}
                  aria-current={index === 0 ? 'true' : undefined}
                >
                  <p className="font-semibold">{pick.title}</p>
                  {pick.snippet ? <p className="line-clamp-2 text-sm text-zinc-300">{pick.snippet}</p> : null}
                  <p className="text-xs text-fuchsia-200" data-testid="queue-reason">
                    Why: {pick.reason}
                    {nameOf(pick.guess) ? ` · the model guesses ${nameOf(pick.guess)}` : ''}
                  </p>
                  <div className="flex flex-wrap gap-2" role="group" aria-label={`Label “${pick.title}”`}>
                    {categories.map((category, k) => (
                      <button
                        key={category.id}
                        type="button"
                        onClick={() => answer(pick.conversationId, category.id)}
                        className="rounded-full bg-white/10 px-3 py-1.5 text-sm font-semibold hover:bg-white/20 focus-visible:outline-2 focus-visible:outline-white"
                        data-testid="queue-label"
                      >
                        {index === 0 && k < 9 ? <kbd className="mr-1.5 text-xs text-zinc-400">{k + 1}</kbd> : null}
                        {category.name}
                      </button>
                    ))}
                    <button
                      type="button"
                      onClick={() => answer(pick.conversationId, null)}
                      className="rounded-full px-3 py-1.5 text-sm text-zinc-400 hover:text-white focus-visible:outline-2 focus-visible:outline-white"
                      data-testid="queue-skip"
                    >
                      {index === 0 ? <kbd className="mr-1.5 text-xs">S</kbd> : null}Skip
                    </button>
                  </div>
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  );
}

/** "Key 1 labels" for one category, "Keys 1–4 label" for several (only the first nine have keys). */
function keyHint(categories: number): string {
  const last = Math.min(9, categories);
  // "labels" is the verb here: one key labels, several keys label.
  return `${nounFor(last, 'Key', 'Keys')} ${last > 1 ? `1–${last}` : '1'} ${nounFor(last, 'labels', 'label')}`;
}
