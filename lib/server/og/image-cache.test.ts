import { describe, expect, it } from 'vitest';
import { cachedOgImage } from './image-cache';

const png = (byte: number) => new Uint8Array([byte]).buffer;

describe('OG image cache', () => {
  it('renders an id once, shares a render in flight, and retries after a failure', async () => {
    let renders = 0;
    const render = async () => {
      renders++;
      return png(1);
    };
    const [a, b] = await Promise.all([cachedOgImage('cache-a', render), cachedOgImage('cache-a', render)]);
    expect(await cachedOgImage('cache-a', render)).toBe(a);
    expect(b).toBe(a);
    expect(renders).toBe(1);

    await expect(cachedOgImage('cache-b', () => Promise.reject(new Error('font missing')))).rejects.toThrow('font missing');
    expect(new Uint8Array(await cachedOgImage('cache-b', async () => png(2)))).toEqual(new Uint8Array([2]));
  });

  it('keeps the 32 most recently used images', async () => {
    let renders = 0;
    const render = async () => png(renders++);
    for (let index = 0; index <= 32; index++) {
      await cachedOgImage(`lru-${index}`, render);
      // lru-0 is used all along, so lru-1 is the least recently used when the 33rd arrives.
      await cachedOgImage('lru-0', render);
    }
    expect(renders).toBe(33);
    await cachedOgImage('lru-0', render);
    await cachedOgImage('lru-32', render);
    expect(renders).toBe(33);
    await cachedOgImage('lru-1', render);
    expect(renders).toBe(34);
  });
});
