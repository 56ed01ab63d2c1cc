/**
 * The self-hosted fonts the art worker draws words with: Space Grotesk for titles and
 * headlines, Inter for everything else, Latin and Latin Extended subsets. Copied from the
 * @fontsource packages to public/fonts/ by scripts/copy-models.ts, each pinned by sha256
 * like the runtimes' files, so a cover never depends on a font CDN or on system fonts.
 */
import type { RuntimeFiles } from '../models/runtime-files';

export const FONTS_PUBLIC_DIR = 'fonts';

const LATIN = 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const LATIN_EXT =
  'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF';

/** Family names as the worker registers them (never the system's). */
export const DISPLAY_FONT = 'AW Space Grotesk';
export const TEXT_FONT = 'AW Inter';

export interface FontFaceFile {
  family: string;
  weight: number;
  unicodeRange: string;
  /** File name under /fonts/. */
  file: string;
}

export const FONT_FACES: readonly FontFaceFile[] = [
  { family: DISPLAY_FONT, weight: 500, unicodeRange: LATIN, file: 'space-grotesk-latin-500-normal.woff2' },
  { family: DISPLAY_FONT, weight: 500, unicodeRange: LATIN_EXT, file: 'space-grotesk-latin-ext-500-normal.woff2' },
  { family: DISPLAY_FONT, weight: 700, unicodeRange: LATIN, file: 'space-grotesk-latin-700-normal.woff2' },
  { family: DISPLAY_FONT, weight: 700, unicodeRange: LATIN_EXT, file: 'space-grotesk-latin-ext-700-normal.woff2' },
  { family: TEXT_FONT, weight: 400, unicodeRange: LATIN, file: 'inter-latin-400-normal.woff2' },
  { family: TEXT_FONT, weight: 400, unicodeRange: LATIN_EXT, file: 'inter-latin-ext-400-normal.woff2' },
  { family: TEXT_FONT, weight: 600, unicodeRange: LATIN, file: 'inter-latin-600-normal.woff2' },
  { family: TEXT_FONT, weight: 600, unicodeRange: LATIN_EXT, file: 'inter-latin-ext-600-normal.woff2' },
];

export const SPACE_GROTESK_FILES: RuntimeFiles = {
  id: 'font-space-grotesk',
  name: 'Space Grotesk (cover titles)',
  publicDir: FONTS_PUBLIC_DIR,
  source: { kind: 'npm', package: '@fontsource/space-grotesk', version: '5.3.0', dir: 'files' },
  licence: 'OFL-1.1',
  files: [
    { path: 'space-grotesk-latin-500-normal.woff2', sha256: '1b1a8131d9edf975d9decee81e2f2bf504812f7a4f498e5500f28a613e22e64c', bytes: 13_312 },
    { path: 'space-grotesk-latin-ext-500-normal.woff2', sha256: 'ed7e064eda944f88ce2f40101ec20e214004decdf5c0b9ad9219ae21be2dbf13', bytes: 12_272 },
    { path: 'space-grotesk-latin-700-normal.woff2', sha256: '35f8aec56cfd5cbfdb03cc68733a54a0b05bb3617ffcd5fd332badc0b045ca55', bytes: 12_840 },
    { path: 'space-grotesk-latin-ext-700-normal.woff2', sha256: '7ce350b706d79c955ebf91314295f39fa82999f980b7e9beee743c2f3580a15e', bytes: 11_992 },
  ],
};

export const INTER_FILES: RuntimeFiles = {
  id: 'font-inter',
  name: 'Inter (cover and card text)',
  publicDir: FONTS_PUBLIC_DIR,
  source: { kind: 'npm', package: '@fontsource/inter', version: '5.3.0', dir: 'files' },
  licence: 'OFL-1.1',
  files: [
    { path: 'inter-latin-400-normal.woff2', sha256: '8909904ab6c872eb994093482a88a28eca2cd95912d7b6fecd72103b0dc07edc', bytes: 23_664 },
    { path: 'inter-latin-ext-400-normal.woff2', sha256: '6744a7f509ebc6ab220a6cd4ea77e898adf014f03d88dcda5d45d8a9feefb4e9', bytes: 35_000 },
    { path: 'inter-latin-600-normal.woff2', sha256: 'f9a06e79cd3a2a20951c0f0e28f66dd0e6d3fda73911d640a2125c8fcb78f21a', bytes: 24_452 },
    { path: 'inter-latin-ext-600-normal.woff2', sha256: 'e4bdf67b0cd15ca9e184509275be95db942195d3cc2b17f6a0452f2adf75d0bf', bytes: 36_260 },
  ],
};

export const FONT_FILES: readonly RuntimeFiles[] = [SPACE_GROTESK_FILES, INTER_FILES];
