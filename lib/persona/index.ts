/** Persona and achievements for a period, read off its Stats. */
import type { PeriodAnalysis, Stats } from '../analysis/types';
import { evaluateAchievements } from './achievements';
import { derivePersona } from './persona';

export { ACHIEVEMENT_RULES, evaluateAchievements, type AchievementRule } from './achievements';
export { personaFeatures, type PersonaFeatures } from './features';
export { derivePersona, FALLBACK_PERSONA, PERSONA_RULES, type PersonaRule } from './persona';

export function analysePeriod(stats: Stats): PeriodAnalysis {
  return { stats, persona: derivePersona(stats), achievements: evaluateAchievements(stats) };
}
