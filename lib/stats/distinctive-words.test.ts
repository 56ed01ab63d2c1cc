import { describe, expect, it } from 'vitest';
import { computeStats } from './collector';
import { backgroundFrequencies } from './background-frequencies';
import { conversation, message } from './test-conversations';

const PROMPTS = [
  'How do I deploy the app to Kubernetes?',
  'The Kubernetes pod keeps restarting, what is the cause?',
  'Explain the kubernetes ingress and the service',
  'Should the ingress use TLS?',
  'Write a poem about the sea', // "poem" and "sea" appear once: below the bar
  'The deployment is stuck, the pod is pending',
  '```yaml\nkind: Deployment\nmetadata: {}\n```',
];

function stats(year?: number) {
  const messages = PROMPTS.map((text, i) =>
    message('user', text, `2026-05-0${i + 1}T12:00:00Z`),
  );
  messages.push(message('user', 'kubernetes kubernetes kubernetes', '2025-05-01T12:00:00Z'));
  return computeStats([conversation('k', messages)], { timeZone: 'UTC', year });
}

describe('distinctiveWords', () => {
  it('ranks the topic a person keeps returning to first, never stop-words', () => {
    const words = stats(2026).distinctiveWords;
    expect(words[0]?.word).toBe('kubernetes');
    expect(words[0]?.count).toBe(3);
    const listed = words.map((w) => w.word);
    expect(listed).toEqual(expect.arrayContaining(['ingress', 'pod']));
    expect(listed).not.toContain('the');
    expect(listed).not.toContain('poem');
    expect(listed).not.toContain('metadata');
  });

  it('scores count × ln((N + 1) / (background + 1))', () => {
    const { counts, total } = backgroundFrequencies();
    const pod = stats(2026).distinctiveWords.find((w) => w.word === 'pod');
    expect(pod?.score).toBeCloseTo(2 * Math.log((total + 1) / ((counts.get('pod') ?? 0) + 1)));
  });

  it('counts only the chosen year, and everything for all time', () => {
    expect(stats(2025).distinctiveWords).toEqual([
      expect.objectContaining({ word: 'kubernetes', count: 3 }),
    ]);
    expect(stats().distinctiveWords[0]).toMatchObject({ word: 'kubernetes', count: 6 });
  });

  it('merges background counts case-insensitively', () => {
    const { counts } = backgroundFrequencies();
    expect(counts.get('i')).toBeGreaterThan(2_000_000);
    expect(counts.has('I')).toBe(false);
  });
});
