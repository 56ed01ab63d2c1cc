import { highlightParts } from './highlight';

/** A result's snippet with its matches in <mark>. */
export function Snippet({ text, ranges }: { text: string; ranges: readonly (readonly [number, number])[] }) {
  return (
    <p className="line-clamp-3 text-sm leading-relaxed text-zinc-300" data-testid="search-snippet">
      {highlightParts(text, ranges).map((part, index) =>
        part.mark ? (
          <mark key={index} className="rounded bg-amber-300/25 px-0.5 text-amber-100">
            {part.text}
          </mark>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </p>
  );
}
