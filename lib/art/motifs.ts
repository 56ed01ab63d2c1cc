/**
 * Motif families: the shapes a cover is built from, chosen by persona. Each style draws every
 * family in its own way (workers/art), so a builder's cover reads as code in neon and in glitch.
 */
export const MOTIF_FAMILIES = ['brackets', 'moons', 'waves', 'rings', 'stars', 'grid', 'rays', 'prisms', 'orbs'] as const;
export type MotifFamily = (typeof MOTIF_FAMILIES)[number];

/** Persona ids from lib/persona/persona.ts; an unknown persona gets plain orbs. */
const PERSONA_MOTIFS: Record<string, MotifFamily> = {
  'night-owl-coder': 'brackets',
  builder: 'brackets',
  'night-owl': 'moons',
  marathoner: 'waves',
  'daily-ritualist': 'rings',
  'curious-explorer': 'stars',
  'weekend-tinkerer': 'grid',
  'early-riser': 'rays',
  'visual-thinker': 'prisms',
  'thoughtful-asker': 'orbs',
};

export function motifFamily(personaId: string): MotifFamily {
  return PERSONA_MOTIFS[personaId] ?? 'orbs';
}
