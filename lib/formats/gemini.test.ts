import { describe, expect, it } from 'vitest';
import { emptySkipReport } from '../ingest/skip-report';
import { GEMINI_ACTIVITY_PATH, LONG_PROMPT, geminiTakeout } from '../../tests/fixtures/exports';
import { GeminiSessions, SESSION_GAP_MS } from './gemini';

function build(records: unknown[]) {
  const skipped = emptySkipReport();
  const sessions = new GeminiSessions(skipped);
  for (const record of records) sessions.add(record);
  return { conversations: sessions.build(), skipped };
}

const takeout = build(geminiTakeout().files[GEMINI_ACTIVITY_PATH] as unknown[]);
const [morning, kyoto, tides] = takeout.conversations;

describe('Gemini: sessions from newest-first activity', () => {
  it('groups prompts oldest first, splitting at gaps over 30 minutes', () => {
    expect(takeout.conversations.map((conversation) => conversation.id)).toEqual([
      'gemini-2024-03-10T09:00:00.000Z',
      'gemini-2024-03-10T10:10:00.000Z',
      'gemini-2024-03-11T08:00:00.000Z',
    ]);
    expect(morning?.createdAt).toBe(Date.UTC(2024, 2, 10, 9));
    expect(morning?.updatedAt).toBe(Date.UTC(2024, 2, 10, 9, 39, 59));
  });

  it('pairs each prompt with its first answer as plain text', () => {
    expect(morning?.messages.map((message) => [message.role, message.text])).toEqual([
      ['user', 'What is a haiku?'],
      ['assistant', 'A haiku is a short poem & has 3 lines.\n\n5–7–5 syllables: <short> "form" it\'s fun'],
      ['user', 'Write one about autumn'],
      ['assistant', 'Leaves fall\nCold wind'],
      ['user', 'And winter?'],
      ['assistant', 'Snow hushes\nthe town'],
    ]);
  });

  it('keeps answerless prompts, "Bard" records and same-second prompts in asked order', () => {
    expect(kyoto?.messages.map((message) => [message.role, message.text])).toEqual([
      ['user', 'Plan a trip to Kyoto'],
      ['assistant', 'Day 1\n\nTemples & tea'],
      ['user', 'And a day trip?'],
      ['user', 'First of two'],
      ['assistant', 'First answer'],
      ['user', 'Second of two'],
      ['assistant', 'Second answer'],
    ]);
  });

  it('counts regenerations, non-prompt records and unreadable records', () => {
    expect(takeout.skipped).toMatchObject({ regeneratedDrafts: 2, nonChatRecords: 5, invalidConversations: 2 });
  });

  it('attaches uploaded images and files to the prompt', () => {
    expect(morning?.messages[4]?.attachments).toEqual([
      { kind: 'image', name: 'image_7f3a.png' },
      { kind: 'file', name: 'notes.pdf' },
    ]);
  });

  it('titles a session with its first prompt, cut to 80 characters', () => {
    expect(morning?.title).toBe('What is a haiku?');
    expect(tides?.title).toHaveLength(80);
    expect(tides?.title).toBe(`${LONG_PROMPT.slice(0, 79)}…`);
    expect(tides?.source).toBe('gemini');
    expect(tides?.model).toBeNull();
  });

  it('titles from the first words of a prompt of any size, whitespace collapsed', () => {
    const record = (title: string) => ({ header: 'Gemini Apps', title: `Prompted ${title}`, time: '2024-01-01T00:00:00Z' });
    const title = (prompt: string) => build([record(prompt)]).conversations[0]?.title;
    expect(title('  tides \n\n and\t moon  ')).toBe('tides and moon');
    expect(title(' \n ')).toBe('Untitled');
    // Megabytes of prompt: only its start is split into characters (a full split allocated a slot per character).
    const words = 'ebb flow '.repeat(500_000);
    expect(title(words)).toBe(`${words.slice(0, 79)}…`);
    expect(title('x'.repeat(2_000_000))).toBe(`${'x'.repeat(79)}…`);
    expect(title(`${' '.repeat(1_000_000)}${'🌊'.repeat(100)}`)).toBe(`${'🌊'.repeat(79)}…`);
  });
});

describe('Gemini: session gap', () => {
  const prompt = (ms: number) => ({ header: 'Gemini Apps', title: 'Prompted hi', time: new Date(ms).toISOString() });

  it('keeps a gap of exactly 30 minutes in one session and splits just past it', () => {
    const start = Date.UTC(2024, 0, 1);
    expect(build([prompt(start + SESSION_GAP_MS), prompt(start)]).conversations).toHaveLength(1);
    expect(build([prompt(start + SESSION_GAP_MS + 1), prompt(start)]).conversations).toHaveLength(2);
  });

  it('builds nothing from no prompts, and empties its buffer once built', () => {
    const skipped = emptySkipReport();
    const sessions = new GeminiSessions(skipped);
    expect(sessions.build()).toEqual([]);
    sessions.add(prompt(Date.UTC(2024, 0, 1)));
    expect(sessions.build()).toHaveLength(1);
    expect(sessions.build()).toEqual([]);
  });
});
