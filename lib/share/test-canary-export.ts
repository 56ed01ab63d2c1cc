/**
 * A demo ChatGPT export with canaries planted in messages and titles: a unique token, an email,
 * a phone number, a URL and a full name. The share tests (Vitest and e2e) import it and check
 * that no canary and no message text ever reaches a share payload.
 */
import { generateDemoExport } from '../demo';

export const CANARY_TOKEN = 'zqxcanary7731';
export const CANARY_EMAIL = 'canary.person@example.com';
export const CANARY_PHONE = '+1 415 555 0199';
export const CANARY_URL = 'https://canary.example/secret';
export const CANARY_NAME = 'Rosalind Canary';

/** Substrings none of which may appear in anything shared (the name in either part). */
export const CANARIES = [CANARY_TOKEN, CANARY_EMAIL, '415 555 0199', '4155550199', 'canary.example', 'Rosalind', CANARY_NAME];

const CANARY_LINES = [
  `My friend ${CANARY_NAME} asked me to draft a note about ${CANARY_TOKEN}.`,
  `Please email ${CANARY_EMAIL} and call ${CANARY_PHONE} about the ${CANARY_TOKEN} order.`,
  `The private notes are at ${CANARY_URL} — summarise them for ${CANARY_NAME}.`,
];

interface ExportNode {
  message: { author: { role: string }; content: { content_type: string; parts?: unknown[] } } | null;
}

/** The demo export (JSON text) with canaries appended to user messages of every twentieth conversation. */
export function canaryExportJson(conversations: number, seed = 2026): string {
  const exported = JSON.parse([...generateDemoExport({ seed, conversations })].join('')) as { title: string; mapping: Record<string, ExportNode> }[];
  exported.forEach((conversation, index) => {
    if (index % 20 !== 0) return;
    conversation.title = `${CANARY_NAME} ${CANARY_TOKEN} follow-up`;
    let line = index;
    for (const node of Object.values(conversation.mapping)) {
      const content = node.message?.content;
      if (node.message?.author.role !== 'user' || content?.content_type !== 'text' || typeof content.parts?.[0] !== 'string') continue;
      content.parts[0] = `${content.parts[0]} ${CANARY_LINES[line++ % CANARY_LINES.length]}`;
    }
  });
  return JSON.stringify(exported);
}
