'use client';
/** Add, rename, describe and delete the user's categories, or start from a suggested set. */
import { useState, type FormEvent } from 'react';
import type { CustomCategory } from '@/lib/custom/types';
import { useCategoryMutations } from './useTrainingStore';

const STARTER_SET = [
  { name: 'Work', description: 'my job: meetings, emails, reports, projects and colleagues' },
  { name: 'Learning', description: 'understanding a subject, explanations, studying and courses' },
  { name: 'Creative', description: 'writing stories, poems, art, music and creative ideas' },
  { name: 'Health', description: 'fitness, exercise, sleep, food and wellbeing' },
];

const FIELD = 'rounded-xl bg-zinc-950 px-3 py-2 text-sm ring-1 ring-white/15 focus-visible:outline-2 focus-visible:outline-fuchsia-400';
const BUTTON = 'rounded-full px-4 py-2 text-sm font-semibold transition focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white disabled:opacity-50';

export function CategoriesEditor({ categories }: { categories: CustomCategory[] }) {
  const { add, remove } = useCategoryMutations();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Cleared at once for the next one; given back if the add fails.
    setName('');
    setDescription('');
    add.mutate({ name, description }, { onError: () => (setName(name), setDescription(description)) });
  };
  const addStarterSet = async () => {
    for (const category of STARTER_SET) await add.mutateAsync(category).catch(() => {});
  };
  const error = add.error ?? remove.error;
  return (
    <section aria-labelledby="categories-heading" className="flex flex-col gap-4 rounded-3xl bg-zinc-900/80 p-5 ring-1 ring-white/10" data-testid="train-categories">
      <h2 id="categories-heading" className="text-lg font-bold">1 · Your categories</h2>
      {categories.length === 0 ? (
        <div className="flex flex-wrap items-center gap-3 text-sm text-zinc-400">
          <p>No categories yet. Name your own below, or start from a suggested set.</p>
          <button type="button" className={`${BUTTON} bg-white/10 hover:bg-white/20`} onClick={addStarterSet} disabled={add.isPending} data-testid="category-starter">
            Use Work, Learning, Creative, Health
          </button>
        </div>
      ) : (
        <ul className="flex flex-col gap-2">
          {categories.map((category, index) => (
            <CategoryRow key={category.id} category={category} shortcut={index < 9 ? index + 1 : null} onDelete={() => remove.mutate(category.id)} />
          ))}
        </ul>
      )}
      <form onSubmit={submit} className="flex flex-wrap items-end gap-2" aria-label="Add a category">
        <label className="flex flex-col gap-1 text-xs text-zinc-400">
          Name
          <input className={FIELD} value={name} onChange={(e) => setName(e.target.value)} required maxLength={40} data-testid="category-name" />
        </label>
        <label className="flex min-w-64 flex-1 flex-col gap-1 text-xs text-zinc-400">
          Description (optional: helps before you label)
          <input className={FIELD} value={description} onChange={(e) => setDescription(e.target.value)} maxLength={200} data-testid="category-description" />
        </label>
        <button type="submit" className={`${BUTTON} bg-white text-zinc-900 hover:bg-zinc-200`} disabled={add.isPending || !name.trim()} data-testid="category-add">
          Add category
        </button>
      </form>
      {error ? (
        <p role="alert" className="text-sm text-rose-300" data-testid="category-error">
          {error.message}
        </p>
      ) : null}
    </section>
  );
}

function CategoryRow({ category, shortcut, onDelete }: { category: CustomCategory; shortcut: number | null; onDelete: () => void }) {
  const { update } = useCategoryMutations();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(category.name);
  const [description, setDescription] = useState(category.description);
  const save = (event: FormEvent) => {
    event.preventDefault();
    update.mutate({ id: category.id, name, description }, { onSuccess: () => setEditing(false) });
  };
  if (editing) {
    return (
      <li>
        <form onSubmit={save} className="flex flex-wrap items-center gap-2" aria-label={`Edit ${category.name}`}>
          <input className={FIELD} value={name} onChange={(e) => setName(e.target.value)} aria-label="Name" required maxLength={40} autoFocus />
          <input className={`${FIELD} min-w-64 flex-1`} value={description} onChange={(e) => setDescription(e.target.value)} aria-label="Description" maxLength={200} />
          <button type="submit" className={`${BUTTON} bg-white text-zinc-900`}>Save</button>
          <button type="button" className={`${BUTTON} bg-white/10`} onClick={() => setEditing(false)}>Cancel</button>
          {update.error ? <span role="alert" className="text-sm text-rose-300">{update.error.message}</span> : null}
        </form>
      </li>
    );
  }
  return (
    <li className="flex flex-wrap items-center gap-3 rounded-2xl bg-white/5 px-4 py-2" data-testid="category-row">
      {shortcut ? <kbd className="rounded bg-white/10 px-1.5 text-xs text-zinc-300" aria-label={`Shortcut ${shortcut}`}>{shortcut}</kbd> : null}
      <span className="font-semibold">{category.name}</span>
      {category.description ? <span className="text-sm text-zinc-400">{category.description}</span> : null}
      <span className="ml-auto flex gap-2">
        <button type="button" className={`${BUTTON} bg-white/10 hover:bg-white/20`} onClick={() => setEditing(true)} aria-label={`Rename ${category.name}`}>
          Edit
        </button>
        <button
          type="button"
          className={`${BUTTON} bg-rose-500/15 text-rose-200 hover:bg-rose-500/25`}
          aria-label={`Delete ${category.name}`}
          onClick={() => window.confirm(`Delete “${category.name}” and its labels? The trained model is removed too.`) && onDelete()}
        >
          Delete
        </button>
      </span>
    </li>
  );
}
