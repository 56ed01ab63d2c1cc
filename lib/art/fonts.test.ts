import { describe, expect, it } from 'vitest';
import { FONT_FACES, FONT_FILES } from './fonts';

describe('fonts', () => {
  it('pins every file a font face loads', () => {
    const pinned = new Set(FONT_FILES.flatMap((runtime) => runtime.files.map((file) => file.path)));
    for (const face of FONT_FACES) expect(pinned.has(face.file), face.file).toBe(true);
    expect(pinned.size).toBe(FONT_FACES.length);
  });
});
