import Link from 'next/link';
import type { ReactNode } from 'react';
import { PeriodNote, PeriodToggle } from '@/components/ui/PeriodToggle';
import type { ImportSummary } from '@/lib/analysis/types';
import { formatIsoRange, sourceName } from '@/lib/view/format';
import { countOf } from '@/lib/view/language';
import type { PeriodKey, PeriodOption } from '@/lib/view/period';

interface DashboardHeaderProps {
  source: ImportSummary;
  firstAt: string | null;
  lastAt: string | null;
  timeZone: string;
  options: PeriodOption[];
  period: PeriodKey;
  onPeriodChange: (key: PeriodKey) => void;
  /** Slot for data actions (download, delete), rendered at the top right. */
  actions?: ReactNode;
}

const APP_LINKS = [
  { href: '/dashboard', label: 'Dashboard' },
  { href: '/search', label: 'Search' },
  { href: '/art', label: 'Cover art' },
  { href: '/models', label: 'Models' },
  { href: '/train', label: 'Train' },
] as const;

/** The app's pages, for the dashboard header and the search and models pages. */
export function AppNav({ current }: { current: (typeof APP_LINKS)[number]['href'] }) {
  return (
    <ul className="flex items-center gap-1 rounded-full bg-white/5 p-1 ring-1 ring-white/10" data-testid="app-nav">
      {APP_LINKS.map((link) => (
        <li key={link.href}>
          <Link
            href={link.href}
            aria-current={link.href === current ? 'page' : undefined}
            className={`block rounded-full px-3 py-1.5 text-sm font-semibold transition focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white ${
              link.href === current ? 'bg-white text-zinc-900' : 'text-zinc-300 hover:text-white'
            }`}
          >
            {link.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** "AI Wrapped" home link. */
export function AppLogo() {
  return (
    <Link href="/" className="text-lg font-black tracking-tight focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-white">
      AI <span className="bg-linear-to-r from-violet-400 via-fuchsia-400 to-amber-300 bg-clip-text text-transparent">Wrapped</span>
    </Link>
  );
}

export function DashboardHeader({ source, firstAt, lastAt, timeZone, options, period, onPeriodChange, actions }: DashboardHeaderProps) {
  return (
    <header className="flex flex-col gap-5 border-b border-white/10 pb-6">
      <nav className="flex flex-wrap items-center justify-between gap-3" aria-label="Dashboard">
        <div className="flex flex-wrap items-center gap-4">
          <AppLogo />
          <AppNav current="/dashboard" />
        </div>
        <div className="flex flex-wrap items-center gap-2" data-testid="dashboard-actions">
          <Link
            href="/wrapped"
            className="rounded-full bg-linear-to-r from-violet-500 via-fuchsia-500 to-amber-400 px-4 py-2 text-sm font-bold text-white shadow-lg shadow-fuchsia-900/40 transition hover:brightness-110 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white"
          >
            ▶ Play my Wrapped
          </Link>
          {actions}
        </div>
      </nav>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div title={source.description}>
          <h1 className="text-3xl font-black tracking-tight sm:text-4xl">Your AI dashboard</h1>
          <p className="mt-2 text-sm text-zinc-400" data-testid="source-summary">
            <span className="text-zinc-200">{sourceName(source.format)} export</span> · {countOf(source.conversations, 'conversation')} ·{' '}
            {formatIsoRange(firstAt, lastAt, timeZone)}
            {source.shards > 1 ? ` · ${source.shards} files` : ''}
          </p>
        </div>
        <div className="flex max-w-sm flex-col items-start gap-2 sm:items-end">
          <PeriodToggle options={options} value={period} onChange={onPeriodChange} noteId="period-note" />
          <PeriodNote options={options} value={period} id="period-note" className="text-zinc-400 sm:text-right" />
        </div>
      </div>
    </header>
  );
}
