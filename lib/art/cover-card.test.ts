import { describe, expect, it } from 'vitest';
import { coverCardContent } from './cover-card';
import { coverParams } from './params';
import { TEST_FACTS } from '../gen/test-facts';

describe('coverCardContent', () => {
  it('puts the persona on top and the topics with their shares in the rows', () => {
    const content = coverCardContent(TEST_FACTS, coverParams(TEST_FACTS, 'neon', 1));
    expect(content).toMatchObject({ id: 'cover-neon', style: 'neon', eyebrow: 'My 2026 with AI', headline: 'The Builder' });
    expect(content.rows[0]).toEqual({ label: 'typescript · react', value: '31%', share: 0.31 });
    expect(content.palette).toHaveLength(5);
  });

  it('falls back to the headline numbers before the ML layer', () => {
    const facts = { ...TEST_FACTS, ml: null, year: null };
    const content = coverCardContent(facts, coverParams(facts, 'plasma', 1));
    expect(content.eyebrow).toBe('My time with AI');
    expect(content.rows.map((row) => row.value)).toEqual(['1,204', '9,310', '241']);
  });
});
