/**
 * When the writer fails, the person still gets words: the built-in templates write the same
 * slots on the main thread, and the failure goes to the console (the diagnostics in a browser).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { templateFallback } from '../../components/gen/useGeneratedTexts';
import { TEST_FACTS } from '../../lib/gen/test-facts';

afterEach(() => vi.restoreAllMocks());

describe('templateFallback', () => {
  it('writes the template words for every slot and logs the writer’s error', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const failure = new Error('[{"expected":"int","path":["medianPromptWords"]}]');
    const result = await templateFallback({ ...TEST_FACTS, medianPromptWords: 145.5 }, { style: 'casual', seed: 3 }, failure);
    expect(result.texts.tagline.length).toBeGreaterThan(0);
    expect(result.texts.persona.length).toBeGreaterThan(0);
    expect(result.texts.insights.length).toBeGreaterThan(0);
    expect(JSON.stringify(result.texts)).not.toMatch(/expected|invalid_type|medianPromptWords/);
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('Generated words failed'), failure);
  });
});
