'use client';
/** Says who wrote the words shown, and why an upgrade engine was not used when it was chosen. */
import type { TextEngine } from '@/lib/gen/types';
import { countOf, nounFor } from '@/lib/view/language';
import { useWrappedCreative } from './WrappedCreative';

const ENGINE_NAMES: Record<TextEngine, string> = {
  template: 'Written on this device from your numbers',
  hub: 'Written on this device by a small language model, checked against your numbers',
  server: 'Written by this site’s language model from your summary, checked against your numbers',
};

/** What shows when no writer, not even the built-in one, could write (the detail is on /models). */
export const WORDS_UNAVAILABLE = 'Your words could not be written this time — every number in your Wrapped is still right. Try Regenerate; /models has the details.';

export function TextSource({ className = '' }: { className?: string }) {
  const { texts, fallbackReason, rejected } = useWrappedCreative();
  if (!texts) return null;
  return (
    <p className={className} data-testid="text-source" data-engine={texts.engine}>
      {ENGINE_NAMES[texts.engine]}.
      {fallbackReason ? ` ${fallbackReason}` : ''}
      {rejected.length > 0 ? ` ${countOf(rejected.length, 'ungrounded line')} ${nounFor(rejected.length, 'was', 'were')} replaced.` : ''}
    </p>
  );
}
