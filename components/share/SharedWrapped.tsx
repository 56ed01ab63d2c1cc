/**
 * A shared Wrapped, read-only: everything comes from the payload (already reviewed and
 * scrubbed), drawn in its palette. No hooks, no storage, no workers: the fragment page renders
 * it in the browser, the short-link page on the server.
 */
import Link from 'next/link';
import type { CSSProperties, ReactNode } from 'react';
import { legibleAccent, SHARE_PAGE_GLOW, sharePageBackdrop } from '@/lib/art/legibility';
import { visibleShare } from '@/lib/gen/evidence';
import { displayEmotion, displayStat } from '@/lib/share/cards';
import type { SharePayload } from '@/lib/share/payload';
import { formatPercent } from '@/lib/view/format';

function Section({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <section aria-label={title} className="rounded-3xl bg-black/30 p-5 ring-1 ring-white/10 backdrop-blur-sm" data-testid={testId}>
      <h2 className="mb-4 text-xs font-semibold uppercase tracking-[0.18em] text-[var(--accent)]">{title}</h2>
      {children}
    </section>
  );
}

function ShareBars({ rows, label }: { rows: { label: string; share: number }[]; label: string }) {
  return (
    <ul className="space-y-3" aria-label={label}>
      {rows.map((row, index) => (
        <li key={index}>
          <div className="flex justify-between gap-3 text-sm">
            <span className="font-medium">{row.label}</span>
            <span className="tabular-nums text-white/85">{formatPercent(row.share)}</span>
          </div>
          <div className="mt-1.5 h-2 overflow-hidden rounded-full bg-white/10" aria-hidden="true">
            <div className="h-full rounded-full bg-linear-to-r from-[var(--accent)] to-[var(--accent-2)]" style={{ width: `${Math.max(2, Math.round(row.share * 100))}%` }} />
          </div>
        </li>
      ))}
    </ul>
  );
}

export function SharedWrapped({ payload }: { payload: SharePayload }) {
  const { palette, persona, stats, topics, emotions, insights, achievements } = payload;
  const background = palette[0]!;
  const glow = (hex: string, alpha: number) => `${hex}${Math.round(alpha * 255).toString(16).padStart(2, '0')}`;
  const theme = {
    // Lifted toward white as far as this palette needs for 4.5:1 on the page (lib/art/legibility).
    '--accent': legibleAccent(palette, sharePageBackdrop(palette)),
    '--accent-2': palette[Math.min(2, palette.length - 1)],
    backgroundColor: background,
    backgroundImage: `radial-gradient(60rem 40rem at 85% -10%, ${glow(palette[1]!, SHARE_PAGE_GLOW.top)}, transparent), radial-gradient(50rem 40rem at -10% 110%, ${glow(palette[palette.length - 1]!, SHARE_PAGE_GLOW.bottom)}, transparent)`,
  } as CSSProperties;
  // In payload order: feelings strongest first, neutral last; named as the story names them ("Calm", not "Neutral").
  const feelings = (emotions ?? []).filter((entry) => visibleShare(entry.share)).map((entry) => ({ label: displayEmotion(entry.label), share: entry.share }));

  return (
    <main className="min-h-dvh text-white" style={theme} data-testid="shared-wrapped">
      <div className="mx-auto max-w-3xl space-y-6 px-5 py-10 sm:py-16">
        <header className="space-y-3">
          <p className="text-xs font-semibold uppercase tracking-[0.2em] text-[var(--accent)]">Shared from AI Wrapped · {payload.period}</p>
          <h1 className="text-4xl font-black tracking-tight sm:text-6xl" data-testid="shared-title">
            {payload.title}
          </h1>
          {payload.tagline ? (
            <p className="text-lg text-white/85 sm:text-xl" data-testid="shared-tagline">
              {payload.tagline}
            </p>
          ) : null}
        </header>

        {persona ? (
          <Section title="Persona" testId="shared-persona">
            <p className="flex items-center gap-3 text-2xl font-bold">
              <span aria-hidden="true" className="text-4xl">
                {persona.emoji}
              </span>
              {persona.name}
            </p>
            {persona.description ? <p className="mt-3 text-white/85">{persona.description}</p> : null}
          </Section>
        ) : null}

        {stats?.length ? (
          <Section title="By the numbers">
            <dl className="grid grid-cols-2 gap-4 sm:grid-cols-3" data-testid="shared-stats">
              {stats.map(displayStat).map((stat, index) => (
                <div key={index} className="rounded-2xl bg-white/5 p-4">
                  <dd className="text-3xl font-black tabular-nums">{stat.value}</dd>
                  <dt className="mt-1 text-sm text-white/85">{stat.label}</dt>
                </div>
              ))}
            </dl>
          </Section>
        ) : null}

        {topics?.length ? (
          <Section title="Top topics">
            <ShareBars rows={topics} label="Share of conversations per topic" />
          </Section>
        ) : null}

        {feelings.length ? (
          <Section title="Feelings">
            <ShareBars rows={feelings} label="Share of prompts per emotion" />
          </Section>
        ) : null}

        {insights?.length ? (
          <Section title="What stood out">
            <ol className="list-decimal space-y-2 pl-5 text-white/90 marker:text-[var(--accent)]">
              {insights.map((insight, index) => (
                <li key={index}>{insight}</li>
              ))}
            </ol>
          </Section>
        ) : null}

        {achievements?.length ? (
          <Section title="Achievements">
            <ul className="grid gap-3 sm:grid-cols-2">
              {achievements.map((achievement, index) => (
                <li key={index} className="rounded-2xl bg-white/5 p-4">
                  <p className="font-semibold">{achievement.title}</p>
                  {achievement.blurb ? <p className="mt-1 text-sm text-white/85">{achievement.blurb}</p> : null}
                </li>
              ))}
            </ul>
          </Section>
        ) : null}

        <footer className="flex flex-col items-start gap-3 pt-4 sm:flex-row sm:items-center sm:justify-between">
          <p className="text-sm text-white/85">A summary its owner reviewed. No chats are in it.</p>
          <Link href="/" className="rounded-full bg-white px-6 py-3 font-bold text-zinc-900 transition hover:scale-105 focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-white" data-testid="shared-make-your-own">
            Make your own
          </Link>
        </footer>
      </div>
    </main>
  );
}
