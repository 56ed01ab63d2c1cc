/**
 * Counts of what an import left out, and why. Parsers add to it; the import summary
 * shows it to the user ("skipped 41 hidden system messages, 12 regenerated answers…").
 */
import { countOf } from '../view/language';

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

/** What each reason reads as in plain words, for one and for many. */
export const skipReasonLabels: Record<SkipReason, { one: string; other: string }> = {
  hiddenMessages: { one: 'hidden system message', other: 'hidden system messages' },
  offBranchMessages: {
    one: 'earlier version of a message you edited or regenerated',
    other: 'earlier versions of messages you edited or regenerated',
  },
  customInstructions: { one: 'custom-instructions block', other: 'custom-instructions blocks' },
  emptyConversations: { one: 'empty conversation', other: 'empty conversations' },
  invalidConversations: { one: 'conversation the app could not read', other: 'conversations the app could not read' },
  nonChatRecords: { one: 'activity record that is not a prompt', other: 'activity records that are not prompts' },
  regeneratedDrafts: { one: 'regenerated draft', other: 'regenerated drafts' },
  placeholderText: {
    one: '“not supported on this device” note, read from the full message instead',
    other: '“not supported on this device” notes, read from the full messages instead',
  },
  personalDataFiles: { one: 'personal-data file (never read)', other: 'personal-data files (never read)' },
  otherFiles: { one: 'other file in the archive', other: 'other files in the archive' },
};

/** "3 hidden system messages", "1 empty conversation", … for every reason with a count, in order. */
export function describeSkipped(report: SkipReport): string[] {
  return (Object.keys(skipReasonLabels) as SkipReason[])
    .filter((reason) => report[reason] > 0)
    .map((reason) => countOf(report[reason], skipReasonLabels[reason].one, { plural: skipReasonLabels[reason].other }));
}
