import { expect, it } from 'vitest';
import { computeStats } from '../stats/collector';
import { conversation, message } from '../stats/test-conversations';
import { analysePeriod } from './index';

it('analyses a period end to end: stats in, persona and badges out', () => {
  // 30 late-night coding prompts on consecutive days.
  const messages = Array.from({ length: 30 }, (_, day) =>
    message(
      'user',
      'const x = 1;\nconst y = 2;',
      new Date(Date.UTC(2026, 0, 1 + day, 23, 30)).toISOString(),
    ),
  );
  const stats = computeStats([conversation('late', messages)], { timeZone: 'UTC' });
  const analysis = analysePeriod(stats);
  expect(analysis.stats).toBe(stats);
  expect(analysis.persona.id).toBe('night-owl-coder');
  expect(analysis.persona.reason).toBe('100% of your prompts came after 10 pm and 100% of messages had code');
  const unlocked = analysis.achievements.filter((a) => a.unlocked).map((a) => a.id);
  expect(unlocked).toEqual(['streak-7', 'streak-30', 'night-owl', 'coder']);
});
