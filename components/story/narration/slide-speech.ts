/**
 * What the narrator says for a slide: its visible text, as a screen reader would read it, minus
 * controls marked `data-narration-skip`, with whitespace collapsed into sentences. Counting
 * numbers are read at their final value (`data-speak`).
 */
export function slideSpeech(slide: HTMLElement): string {
  const copy = slide.cloneNode(true) as HTMLElement;
  for (const counter of copy.querySelectorAll<HTMLElement>('[data-speak]')) counter.textContent = counter.dataset.speak ?? '';
  for (const skipped of copy.querySelectorAll('[data-narration-skip], button, select, [aria-hidden="true"], .sr-only')) skipped.remove();
  const blocks: string[] = [];
  // Block-level pieces become sentences so the voice pauses between a kicker and a headline.
  for (const node of copy.querySelectorAll('p, h1, h2, h3, li, dt, dd, figcaption')) {
    if (node.querySelector('p, h1, h2, h3, li, dt, dd')) continue;
    const text = node.textContent?.replace(/\s+/g, ' ').trim();
    if (text) blocks.push(/[.!?…:]$/.test(text) ? text : `${text}.`);
  }
  return blocks.join(' ');
}

/** Rough speaking time, so the progress bar fills while the narrator talks (~15 characters a second). */
export function speechDurationMs(text: string): number {
  return Math.max(4000, Math.round((text.length / 15) * 1000));
}
