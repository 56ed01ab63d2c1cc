import { describe, expect, it } from 'vitest';
import { emptySkipReport } from '../ingest/skip-report';
import { GEMINI_ACTIVITY_PATH, LONG_PROMPT, geminiTakeout } from '../../tests/fixtures/exports';
import { computeStats } from '../stats/collector';
import { GeminiSessions, SESSION_GAP_MS } from './gemini';
import { MAX_GENERATED_PER_REPLY, imagesInAnswer } from './gemini-images';

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

/**
 * Shaped like a real Takeout with pictures: an upload is listed as `imageFile`, again in
 * `attachedFiles` and under an "Attached 1 file." subtitle; a reply with pictures says
 * "N generated images." and `imageFile` then names the reply's picture. Written oldest first.
 * Uploads: 1 + 2 (and a PDF) + 1 + 1 + 1 = 6 images. Generated: 2 + 1 + 1 + 1 + 1 + 1 = 7.
 */
function pictureRecords(): unknown[] {
  const record = (minute: number, prompt: string, fields: Record<string, unknown>) => ({
    header: 'Gemini Apps',
    title: `Prompted ${prompt}`,
    time: new Date(Date.UTC(2025, 5, 1, 12, minute)).toISOString(),
    products: ['Gemini Apps'],
    activityControls: ['Gemini Apps Activity'],
    ...fields,
  });
  const placeholder = (n: number) => `<img src="http://googleusercontent.com/image_generation_content/${n}">`;
  return [
    // An upload, named three times: one image.
    record(0, 'What plant is this?', {
      safeHtmlItem: [{ html: '<p>A fern.</p>' }],
      subtitles: [{ name: 'Attached 1 file.' }, { name: '-  image_89b1bd.png', url: 'image_89b1bd-1e9873211d1a6157.png' }],
      imageFile: 'image_89b1bd-1e9873211d1a6157.png',
      attachedFiles: ['image_89b1bd-1e9873211d1a6157.png'],
    }),
    // Two uploads and a PDF; imageFile repeats the first picture.
    record(1, 'Compare these', {
      safeHtmlItem: [{ html: '<p>The left one is older.</p>' }],
      subtitles: [{ name: 'Attached 3 files.' }],
      imageFile: 'left-aa11.jpg',
      attachedFiles: ['left-aa11.jpg', 'right-bb22.jpg', 'notes.pdf'],
    }),
    // Two pictures made; imageFile is the reply's.
    record(2, 'Draw a lighthouse at dusk', {
      safeHtmlItem: [{ html: `<p>Here are two takes:</p>${placeholder(0)}${placeholder(1)}` }],
      subtitles: [{ name: '2 generated images.' }],
      imageFile: 'lighthouse-cc33.png',
    }),
    // One picture made, its <img> naming the same file.
    record(3, 'Now a sailboat', {
      safeHtmlItem: [{ html: '<p>Here you go</p><img src="sailboat-dd44.png" alt="">' }],
      subtitles: [{ name: '1 generated image.' }],
      imageFile: 'sailboat-dd44.png',
    }),
    // A picture-only reply: no subtitle, no imageFile, no words.
    record(4, 'Make it night', { safeHtmlItem: [{ html: placeholder(0) }] }),
    // An upload edited: the upload listed twice, and one picture made.
    record(5, 'Make my cat a watercolor', {
      safeHtmlItem: [{ html: `<p>Your cat, in watercolor:</p>${placeholder(0)}` }],
      subtitles: [{ name: 'Attached 1 file.' }, { name: '-  cat.jpg', url: 'cat-ee55.jpg' }, { name: '1 generated image.' }],
      imageFile: 'cat-ee55.jpg',
      attachedFiles: ['cat-ee55.jpg'],
    }),
    // An upload in attachedFiles, and imageFile naming the picture made.
    record(6, 'Put my dog on the moon', {
      safeHtmlItem: [{ html: `${placeholder(0)}<p>Done!</p>` }],
      subtitles: [{ name: '1 generated image.' }],
      imageFile: 'moon-dog-ff66.png',
      attachedFiles: ['dog-gg77.jpg'],
    }),
    // "Attached 1 file." lists nothing else: imageFile is that upload, the picture made is only in the HTML.
    record(7, 'Clean up this scan', {
      safeHtmlItem: [{ html: placeholder(0) }],
      subtitles: [{ name: 'Attached 1 file.' }],
      imageFile: 'scan-hh88.png',
    }),
  ].reverse();
}

describe('Gemini: uploaded and generated pictures', () => {
  const { conversations } = build(pictureRecords());
  const messages = conversations.flatMap((conversation) => conversation.messages);
  const user = messages.filter((message) => message.role === 'user');
  const assistant = messages.filter((message) => message.role === 'assistant');

  it('puts each upload on the prompt once, however many fields list it', () => {
    expect(user.map((message) => message.attachments)).toEqual([
      [{ kind: 'image', name: 'image_89b1bd-1e9873211d1a6157.png' }],
      [
        { kind: 'image', name: 'left-aa11.jpg' },
        { kind: 'image', name: 'right-bb22.jpg' },
        { kind: 'file', name: 'notes.pdf' },
      ],
      [],
      [],
      [],
      [{ kind: 'image', name: 'cat-ee55.jpg' }],
      [{ kind: 'image', name: 'dog-gg77.jpg' }],
      [{ kind: 'image', name: 'scan-hh88.png' }],
    ]);
  });

  it('puts the pictures Gemini made on the reply, generated', () => {
    const made = (name?: string) => ({ kind: 'image', ...(name === undefined ? {} : { name }), generated: true, generator: 'image-gen' });
    expect(assistant.map((message) => message.attachments)).toEqual([
      [],
      [],
      [made('lighthouse-cc33.png'), made()],
      [made('sailboat-dd44.png')],
      [made()],
      [made()],
      [made('moon-dog-ff66.png')],
      [made()],
    ]);
  });

  it('keeps a reply that is only a picture, as an image message', () => {
    expect(assistant).toHaveLength(8);
    expect(assistant[4]).toMatchObject({ text: '', kind: 'image' });
    expect(assistant[2]).toMatchObject({ text: 'Here are two takes:', kind: 'text' });
  });

  it('counts 6 images shared and 7 generated in the stats', () => {
    const stats = computeStats(conversations, { timeZone: 'UTC' });
    expect(stats.contentKinds).toMatchObject({ images: 6, generatedImages: 7 });
    expect(stats.assistantMessages).toBe(8);
  });

  it('counts an upload listed under a path or another case as the same file', () => {
    const record = {
      header: 'Gemini Apps',
      title: 'Prompted hi',
      time: '2025-01-01T00:00:00Z',
      imageFile: 'Photo-1.JPG',
      attachedFiles: [{ name: 'Takeout/My Activity/Gemini Apps/photo-1.jpg' }, 'photo-1.jpg'],
    };
    const stats = computeStats(build([record]).conversations, { timeZone: 'UTC' });
    expect(stats.contentKinds).toMatchObject({ images: 1, generatedImages: 0 });
  });

  it('takes the subtitle count when the HTML shows fewer pictures, capped', () => {
    const record = (subtitle: string) => ({
      header: 'Gemini Apps',
      title: 'Prompted draw',
      time: '2025-01-01T00:00:00Z',
      subtitles: [{ name: subtitle }],
    });
    const generated = (subtitle: string) =>
      computeStats(build([record(subtitle)]).conversations, { timeZone: 'UTC' }).contentKinds.generatedImages;
    expect(generated('4 generated images.')).toBe(4);
    expect(generated('999999 generated images.')).toBe(MAX_GENERATED_PER_REPLY);
    expect(generated('Gem Storybook was used in this chat.')).toBe(0);
  });
});

describe('Gemini: pictures in an answer', () => {
  const placeholder = (n: number) => `http://googleusercontent.com/image_generation_content/${n}`;

  it('counts images and placeholders once each, not inside code', () => {
    expect(imagesInAnswer('<p>No pictures</p>')).toBe(0);
    expect(imagesInAnswer(`<img src="a.png"><img src="a.png"><IMG SRC="${placeholder(0)}">`)).toBe(3);
    expect(imagesInAnswer(`<img src="${placeholder(0)}"><p>${placeholder(0)} ${placeholder(1)}</p>`)).toBe(2);
    expect(imagesInAnswer(`<pre><code>&lt;img src="${placeholder(0)}"&gt;</code></pre><p>${placeholder(1)}</p>`)).toBe(1);
  });

  it('stays linear on crafted HTML', () => {
    // Unclosed tags are no images; placeholders inside unclosed code are code.
    const crafted = `${'<img '.repeat(200_000)}<img>${'<code>'.repeat(200_000)}${placeholder(1).repeat(10_000)}`;
    const start = performance.now();
    expect(imagesInAnswer(crafted)).toBe(1);
    expect(imagesInAnswer(`${'<img src=x '.repeat(100_000)}${placeholder(2).repeat(100_000)}`)).toBe(1);
    expect(performance.now() - start).toBeLessThan(2_000);
  });
});
