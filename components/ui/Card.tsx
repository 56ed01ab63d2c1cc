import type { ReactNode } from 'react';

interface CardProps {
  title: string;
  /** One line under the title, e.g. the time zone a figure was computed in. */
  caption?: ReactNode;
  action?: ReactNode;
  className?: string;
  children: ReactNode;
}

export function Card({ title, caption, action, className = '', children }: CardProps) {
  return (
    <section className={`rounded-3xl bg-zinc-900/80 p-5 ring-1 ring-white/10 ${className}`} aria-label={title}>
      <header className="mb-4 flex items-start justify-between gap-3">
        <div>
          <h2 className="text-sm font-semibold uppercase tracking-wider text-zinc-400">{title}</h2>
          {caption ? <p className="mt-1 text-xs text-zinc-400">{caption}</p> : null}
        </div>
        {action}
      </header>
      {children}
    </section>
  );
}
