import type { ReactNode } from 'react';

interface SlideFrameProps {
  /** Small line above the headline. */
  kicker: string;
  headline?: ReactNode;
  children?: ReactNode;
  /** Bottom-aligned content (footnotes, links). */
  footer?: ReactNode;
}

/** The common layout of a slide: kicker, headline, body; content fades in on each new slide. */
export function SlideFrame({ kicker, headline, children, footer }: SlideFrameProps) {
  return (
    <div className="flex min-h-full flex-col px-6 pb-8 pt-24 sm:px-8 [@media(max-height:700px)]:pb-5 [@media(max-height:700px)]:pt-20">
      <p className="text-sm font-bold uppercase tracking-[0.2em] text-white/85 transition duration-500 motion-safe:starting:opacity-0">{kicker}</p>
      {headline ? (
        <h2 className="mt-3 text-3xl font-black leading-tight tracking-tight text-balance [@media(max-height:700px)]:text-2xl transition delay-100 duration-700 motion-safe:starting:translate-y-4 motion-safe:starting:opacity-0 sm:text-4xl">
          {headline}
        </h2>
      ) : null}
      <div className="mt-6 flex min-h-0 flex-1 flex-col gap-5 [@media(max-height:700px)]:mt-4 [@media(max-height:700px)]:gap-3 transition delay-200 duration-700 motion-safe:starting:translate-y-6 motion-safe:starting:opacity-0">
        {children}
      </div>
      {footer ? <div className="mt-4 text-sm text-white/85">{footer}</div> : null}
    </div>
  );
}

/** A big number with its label: the slides' main unit. */
export function BigStat({ children, label, size = 'xl' }: { children: ReactNode; label: ReactNode; size?: 'xl' | 'lg' | 'md' }) {
  const sizes = {
    xl: 'text-7xl sm:text-8xl [@media(max-height:700px)]:text-6xl',
    lg: 'text-5xl sm:text-6xl [@media(max-height:700px)]:text-4xl',
    md: 'text-4xl',
  } as const;
  return (
    <div>
      <div className={`font-black leading-none tracking-tighter ${sizes[size]}`}>{children}</div>
      <div className="mt-2 text-lg font-semibold text-white/85">{label}</div>
    </div>
  );
}
