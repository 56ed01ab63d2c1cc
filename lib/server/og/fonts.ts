/**
 * Fonts for the OG image, the same faces the share cards use (Space Grotesk headlines, Inter
 * text), Latin and Latin Extended, read from the @fontsource packages as WOFF (satori reads
 * WOFF, not WOFF2). `ogText` drops every character these fonts lack — emoji included — because
 * next/og would otherwise fetch a glyph from a CDN: the text would leave the server, and
 * offline the whole image fails.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

export const OG_DISPLAY_FONT = 'Space Grotesk';
export const OG_TEXT_FONT = 'Inter';

const FACES = [
  { name: OG_DISPLAY_FONT, weight: 700, files: ['space-grotesk/files/space-grotesk-latin-700-normal.woff', 'space-grotesk/files/space-grotesk-latin-ext-700-normal.woff'] },
  { name: OG_TEXT_FONT, weight: 400, files: ['inter/files/inter-latin-400-normal.woff', 'inter/files/inter-latin-ext-400-normal.woff'] },
  { name: OG_TEXT_FONT, weight: 700, files: ['inter/files/inter-latin-700-normal.woff', 'inter/files/inter-latin-ext-700-normal.woff'] },
] as const;

export interface OgFont {
  name: string;
  data: ArrayBuffer;
  weight: 400 | 700;
  style: 'normal';
}

const store = globalThis as typeof globalThis & { __aiwOgFonts?: Promise<OgFont[]> };

async function readFonts(): Promise<OgFont[]> {
  const root = path.join(process.cwd(), 'node_modules', '@fontsource');
  const loads = FACES.flatMap((face) =>
    face.files.map(async (file) => {
      const bytes = await readFile(path.join(root, file));
      const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
      return { name: face.name, data, weight: face.weight, style: 'normal' as const };
    }),
  );
  return Promise.all(loads);
}

export function ogFonts(): Promise<OgFont[]> {
  return (store.__aiwOgFonts ??= readFonts().catch((error) => {
    store.__aiwOgFonts = undefined;
    throw error;
  }));
}

/** Characters the faces above cover: Latin, Latin Extended, general punctuation, currency, arrows. */
const UNSUPPORTED = /[^\u0020-\u007e\u00a0-\u02ff\u1e00-\u1eff\u2010-\u2027\u2030-\u205e\u20a0-\u20c0\u2122\u2190-\u2193\u2212]/gu;

export function ogText(text: string): string {
  return text.replace(UNSUPPORTED, '').replace(/\s+/g, ' ').trim();
}
