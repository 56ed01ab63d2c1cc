import type { Persona } from '@/lib/analysis/types';

export function PersonaCard({ persona }: { persona: Persona }) {
  return (
    <section aria-label="Your AI persona" className="flex items-center gap-5 rounded-3xl bg-linear-to-br from-fuchsia-600 via-violet-700 to-indigo-900 p-6 ring-1 ring-white/10">
      <span className="text-6xl" aria-hidden="true">{persona.emoji}</span>
      <div>
        <p className="text-xs font-bold uppercase tracking-[0.2em] text-white/70">Your AI persona</p>
        <p className="mt-1 text-2xl font-black tracking-tight">{persona.name}</p>
        <p className="mt-1 text-sm text-white/85">{persona.reason}</p>
      </div>
    </section>
  );
}
