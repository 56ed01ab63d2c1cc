'use client';
/** One fieldset per group, one real checkbox per item, each with what it will share. */
import { SHARE_GROUP_LABELS, SHARE_GROUPS, type ShareItem } from '@/lib/share/build';

interface ShareItemTogglesProps {
  items: ShareItem[];
  selected: ReadonlySet<string>;
  onChange(id: string, on: boolean): void;
}

export function ShareItemToggles({ items, selected, onChange }: ShareItemTogglesProps) {
  return (
    <div className="space-y-4">
      {SHARE_GROUPS.map((group) => {
        const inGroup = items.filter((item) => item.group === group);
        if (inGroup.length === 0) return null;
        return (
          <fieldset key={group} className="rounded-2xl bg-white/5 p-4 ring-1 ring-white/10" data-testid={`share-group-${group}`}>
            <legend className="px-1 text-xs font-semibold uppercase tracking-wider text-zinc-400">{SHARE_GROUP_LABELS[group]}</legend>
            <ul className="mt-1 space-y-2">
              {inGroup.map((item) => (
                <li key={item.id}>
                  <label className="flex cursor-pointer items-start gap-3 rounded-xl p-1.5 hover:bg-white/5">
                    <input
                      type="checkbox"
                      className="mt-1 size-4 shrink-0 accent-fuchsia-500"
                      checked={selected.has(item.id)}
                      onChange={(event) => onChange(item.id, event.target.checked)}
                      data-testid={`share-item-${item.id}`}
                    />
                    <span className="min-w-0">
                      <span className="block text-sm font-medium text-zinc-100">{item.label}</span>
                      <span className="block text-xs break-words text-zinc-400">{item.preview}</span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        );
      })}
    </div>
  );
}
