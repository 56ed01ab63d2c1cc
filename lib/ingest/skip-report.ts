/**
 * Counts of what an import left out, and why. Parsers add to it; the import summary
 * shows it to the user ("skipped 41 hidden system messages, 12 regenerated answers…").
 */
export type SkipReason =
  | 'hiddenMessages'
  | 'offBranchMessages'
  | 'customInstructions'
  | 'emptyConversations'
  | 'invalidConversations'
  | 'nonChatRecords'
  | 'regeneratedDrafts'
  | 'placeholderText'
  | 'personalDataFiles'
  | 'otherFiles';

export type SkipReport = Record<SkipReason, number>;

export function emptySkipReport(): SkipReport {
  return {
    hiddenMessages: 0,
    offBranchMessages: 0,
    customInstructions: 0,
    emptyConversations: 0,
    invalidConversations: 0,
    nonChatRecords: 0,
    regeneratedDrafts: 0,
    placeholderText: 0,
    personalDataFiles: 0,
    otherFiles: 0,
  };
}

export const skipReasonLabels: Record<SkipReason, string> = {
  hiddenMessages: 'hidden system/context messages',
  offBranchMessages: 'edited or regenerated turns not on the displayed branch',
  customInstructions: 'custom-instruction blocks',
  emptyConversations: 'empty conversations',
  invalidConversations: 'conversations with an unreadable shape',
  nonChatRecords: 'activity records that are not prompts',
  regeneratedDrafts: 'regenerated drafts',
  placeholderText: 'placeholder texts replaced by their content blocks',
  personalDataFiles: 'personal-data files (never read)',
  otherFiles: 'other files in the archive',
};
