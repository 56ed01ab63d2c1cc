/** The header of the app's secondary pages: logo, main navigation, title, and what follows it. */
import type { ReactNode } from 'react';
import { AppLogo, AppNav } from '@/components/dashboard/DashboardHeader';

export function PageHeader({ current, title, children }: { current: Parameters<typeof AppNav>[0]['current']; title: string; children?: ReactNode }) {
  return (
    <header className="flex flex-col gap-5 border-b border-white/10 pb-6">
      <nav className="flex flex-wrap items-center gap-4" aria-label="Main">
        <AppLogo />
        <AppNav current={current} />
      </nav>
      <h1 className="text-3xl font-black tracking-tight sm:text-4xl">{title}</h1>
      {children}
    </header>
  );
}
