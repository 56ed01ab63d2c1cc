import type { ImportRelation } from '@/workers/ingest/protocol';

/** What to tell the user about how a finished import relates to what was stored before. */
export const RELATION_NOTES: Record<ImportRelation, string | null> = {
  new: null,
  'same-file': 'You had imported this exact file before — loaded from this device, nothing re-read.',
  'newer-export': 'A newer export of the same account: it replaced the older one.',
  reanalysed: null,
  'other-account': 'This looks like a different account (no conversations in common with your other import). Both are kept — switch between them on the home page.',
};
