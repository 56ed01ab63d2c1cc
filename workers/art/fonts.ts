/** Loads the self-hosted fonts into the worker's font set once (a cached promise). */
import { FONT_FACES, FONTS_PUBLIC_DIR } from '@/lib/art/fonts';

let loaded: Promise<void> | null = null;

export function loadFonts(): Promise<void> {
  loaded ??= (async () => {
    const fonts = (self as unknown as { fonts: FontFaceSet }).fonts;
    const faces = FONT_FACES.map(
      (face) => new FontFace(face.family, `url(/${FONTS_PUBLIC_DIR}/${face.file}) format('woff2')`, { weight: String(face.weight), unicodeRange: face.unicodeRange, display: 'block' }),
    );
    try {
      await Promise.all(faces.map((face) => face.load()));
    } catch (error) {
      loaded = null;
      throw new Error(`The cover fonts did not load from /${FONTS_PUBLIC_DIR}/ (run "npm run models:copy"): ${error instanceof Error ? error.message : String(error)}`);
    }
    for (const face of faces) fonts.add(face);
  })();
  return loaded;
}
