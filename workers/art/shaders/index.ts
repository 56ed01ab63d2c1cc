/** One fragment shader per cover style. */
import type { CoverStyle } from '@/lib/art/types';
import { ETHEREAL_SHADER } from './ethereal';
import { GLITCH_SHADER } from './glitch';
import { HOLOGRAM_SHADER } from './hologram';
import { NEON_SHADER } from './neon';
import { PLASMA_SHADER } from './plasma';

export { VERTEX_SHADER } from './common';

export const FRAGMENT_SHADERS: Record<CoverStyle, string> = {
  neon: NEON_SHADER,
  hologram: HOLOGRAM_SHADER,
  glitch: GLITCH_SHADER,
  plasma: PLASMA_SHADER,
  ethereal: ETHEREAL_SHADER,
};
