/**
 * Whose pictures a Gemini activity record holds: the user's uploads belong to the prompt, the
 * images Gemini made belong to the reply. Takeout mixes them in the same fields:
 *
 * - an upload is usually listed twice, as `imageFile` and again in `attachedFiles` (and named a
 *   third time in `subtitles`, "-  photo.png" with the stored name as `url`): it is one image;
 * - a reply with pictures says so in `subtitles` ("2 generated images.", "1 generated image."),
 *   shows them in its HTML, and `imageFile` then names the reply's picture, not an upload.
 */
import type { Attachment } from '../model/conversation';
import { kindFromFileName } from './file-kind';
import { asArray, asRecord, asString, type JsonRecord } from './json';

/** Gemini shows a handful of pictures per reply; a larger count in a subtitle is a crafted file. */
export const MAX_GENERATED_PER_REPLY = 16;

const GENERATED_SUBTITLE = /\b(\d{1,6})\s+generated\s+images?\b/i;
const ATTACHED_SUBTITLE = /\battached\s+(\d{1,6})\s+files?\b/i;
/** Gemini's stand-in for a picture it made, in answers and in the `src` of their images. */
const GENERATED_PLACEHOLDER = /googleusercontent\.com\/image_generation_content\/(\d{1,9})/i;
/** One linear scan (`[^<>]*`, see text.ts): code blocks opening and closing, images, placeholders as text. */
const HTML_SCAN = /<(\/?)(?:pre|code)\b[^<>]*>|<img\b[^<>]*>|googleusercontent\.com\/image_generation_content\/(\d{1,9})/gi;

export interface RecordAttachments {
  /** What the user attached to the prompt, each file once. */
  prompt: Attachment[];
  /** Pictures Gemini made for the reply (`generated: true`). */
  reply: Attachment[];
}

/** Uploads and generated pictures of one record; `answerHtml` is the answer shown (the first `safeHtmlItem`). */
export function recordAttachments(record: JsonRecord, answerHtml: string): RecordAttachments {
  const attached = attachedFiles(record.attachedFiles);
  const subtitles = readSubtitles(record.subtitles);
  const generatedCount = Math.min(
    MAX_GENERATED_PER_REPLY,
    Math.max(subtitles.generated, imagesInAnswer(answerHtml)),
  );

  const imageFile = asString(record.imageFile)?.trim() || undefined;
  let replyImage: string | undefined;
  let uploadedImage: string | undefined;
  if (imageFile !== undefined) {
    const key = fileKey(imageFile);
    if (attached.some((file) => file.keys.includes(key)) || subtitles.uploads.has(key)) uploadedImage = imageFile;
    // Pictures in the reply and no sign that this one was attached: it is the reply's.
    else if (generatedCount > 0 && subtitles.attached <= attached.length) replyImage = imageFile;
    else uploadedImage = imageFile;
  }

  const prompt: Attachment[] = [];
  const seen = new Set<string>();
  const add = (name: string, keys: string[], kind: Attachment['kind']) => {
    if (keys.some((key) => seen.has(key))) return;
    for (const key of keys) seen.add(key);
    prompt.push({ kind, name });
  };
  if (uploadedImage !== undefined) add(uploadedImage, [fileKey(uploadedImage)], 'image');
  for (const file of attached) add(file.name, file.keys, kindFromFileName(file.name));

  const reply: Attachment[] = [];
  const count = Math.max(generatedCount, replyImage === undefined ? 0 : 1);
  for (let i = 0; i < count; i++) {
    const name = i === 0 ? replyImage : undefined;
    reply.push({ kind: 'image', ...(name === undefined ? {} : { name }), generated: true, generator: 'image-gen' });
  }
  return { prompt, reply };
}

/**
 * How many distinct pictures an answer's HTML shows: `<img>` elements, and Gemini's
 * `image_generation_content/N` placeholders outside code (an `<img>` with a placeholder `src` is
 * one picture, not two; a placeholder inside a code sample is text the user may paste elsewhere).
 */
export function imagesInAnswer(html: string): number {
  if (!/<img\b|image_generation_content/i.test(html)) return 0;
  const pictures = new Set<string>();
  let codeDepth = 0;
  let tags = 0;
  for (const match of html.matchAll(HTML_SCAN)) {
    const [token, closing, placeholder] = match;
    if (placeholder !== undefined) {
      if (codeDepth === 0) pictures.add(`placeholder:${placeholder}`);
    } else if (/^<img\b/i.test(token)) {
      const src = GENERATED_PLACEHOLDER.exec(token)?.[1];
      pictures.add(src === undefined ? `img:${tags++}` : `placeholder:${src}`);
    } else {
      codeDepth = closing === '/' ? Math.max(0, codeDepth - 1) : codeDepth + 1;
    }
  }
  return pictures.size;
}

interface AttachedFile {
  name: string;
  /** Every name the export gives it, as compared keys. */
  keys: string[];
}

/** `attachedFiles`: names as strings, or objects naming the file (`name`, `fileName`, `url`). */
function attachedFiles(value: unknown): AttachedFile[] {
  const files: AttachedFile[] = [];
  for (const item of asArray(value)) {
    const object = asRecord(item);
    const names = (object ? [object.name, object.fileName, object.url] : [item])
      .map((name) => asString(name)?.trim())
      .filter((name): name is string => name !== undefined && name !== '');
    const [name] = names;
    if (name !== undefined) files.push({ name, keys: [...new Set(names.map(fileKey))] });
  }
  return files;
}

interface Subtitles {
  /** Largest "N generated images." count. */
  generated: number;
  /** Largest "Attached N files." count. */
  attached: number;
  /**
   * Keys of the files listed under an "Attached N files." subtitle ("-  photo.png", `url`: the
   * stored name). Items under any other heading are not taken for uploads.
   */
  uploads: Set<string>;
}

function readSubtitles(value: unknown): Subtitles {
  const subtitles: Subtitles = { generated: 0, attached: 0, uploads: new Set() };
  let underAttached = false;
  for (const item of asArray(value)) {
    const subtitle = asRecord(item);
    const name = asString(subtitle?.name)?.trim() ?? '';
    if (name.startsWith('-')) {
      if (!underAttached) continue;
      const url = asString(subtitle?.url)?.trim();
      if (url) subtitles.uploads.add(fileKey(url));
      const listed = name.replace(/^-\s*/, '');
      if (listed !== '') subtitles.uploads.add(fileKey(listed));
      continue;
    }
    const generated = GENERATED_SUBTITLE.exec(name)?.[1];
    if (generated !== undefined) subtitles.generated = Math.max(subtitles.generated, Number(generated));
    const attached = ATTACHED_SUBTITLE.exec(name)?.[1];
    if (attached !== undefined) subtitles.attached = Math.max(subtitles.attached, Number(attached));
    underAttached = attached !== undefined;
  }
  return subtitles;
}

/** The same file under two fields: compared by base name, case aside. */
function fileKey(name: string): string {
  const slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
  return name.slice(slash + 1).trim().toLowerCase();
}
