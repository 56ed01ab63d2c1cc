import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { decodeShareFragment, encodeShareFragment, fragmentFromHash, MAX_COMPRESSED_BYTES, shareFragmentUrl } from './fragment';
import { TEST_PAYLOAD } from './test-payload';

const base64Url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
const encodeJson = (value: unknown) => base64Url(deflateSync(strToU8(JSON.stringify(value)), { level: 9 }));
const reasonOf = (fragment: string) => {
  const result = decodeShareFragment(fragment);
  return result.ok ? 'ok' : result.reason;
};

describe('share fragment codec', () => {
  it('round-trips a payload through a URL-safe fragment of a link-friendly size', () => {
    const fragment = encodeShareFragment(TEST_PAYLOAD);
    expect(fragment).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(fragment.length).toBeLessThan(1200);
    expect(decodeShareFragment(fragment)).toEqual({ ok: true, payload: TEST_PAYLOAD });
  });

  it('builds the absolute /share link and reads the fragment back from a hash', () => {
    const url = shareFragmentUrl('https://wrapped.example', TEST_PAYLOAD);
    expect(url.startsWith('https://wrapped.example/share#d=')).toBe(true);
    expect(decodeShareFragment(fragmentFromHash(new URL(url).hash))).toEqual({ ok: true, payload: TEST_PAYLOAD });
    expect(fragmentFromHash('')).toBe('');
    expect(fragmentFromHash('#other=1')).toBe('');
  });

  it('says a link without a fragment has nothing in it', () => {
    expect(decodeShareFragment('')).toMatchObject({ ok: false, reason: 'missing', error: expect.stringContaining('no shared Wrapped') });
  });

  it('says a link cut short is incomplete, wherever it was cut', () => {
    const fragment = encodeShareFragment(TEST_PAYLOAD);
    for (const keep of [0.25, 0.5, 0.9]) {
      const result = decodeShareFragment(fragment.slice(0, Math.floor(fragment.length * keep)));
      expect(result).toMatchObject({ ok: false, reason: 'incomplete', error: expect.stringContaining('may have been cut off when it was copied') });
    }
  });

  it('says a link with changed characters is damaged', () => {
    const fragment = encodeShareFragment(TEST_PAYLOAD);
    expect(reasonOf(`${fragment.slice(0, 10)}%20${fragment.slice(10)}`)).toBe('damaged');
    expect(reasonOf(`${fragment.slice(0, 40)}${'A'.repeat(8)}${fragment.slice(48)}`)).toMatch(/damaged|incomplete|invalid/);
    expect(reasonOf(base64Url(strToU8('not deflate at all, just text')))).toMatch(/damaged|incomplete/);
    expect(reasonOf(base64Url(deflateSync(strToU8('{not json'))))).toBe('damaged');
  });

  it('stops a deflate bomb at the inflation cap', () => {
    const bomb = deflateSync(new Uint8Array(15 * 1024 * 1024).fill(32), { level: 9 });
    expect(bomb.length).toBeLessThan(MAX_COMPRESSED_BYTES);
    const started = performance.now();
    expect(decodeShareFragment(base64Url(bomb))).toMatchObject({ ok: false, reason: 'too-large' });
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('refuses a fragment longer than any summary before inflating it', () => {
    expect(reasonOf('A'.repeat(Math.ceil((MAX_COMPRESSED_BYTES * 4) / 3) + 8))).toBe('too-large');
  });

  it('says a payload from a newer version needs a newer app', () => {
    expect(decodeShareFragment(encodeJson({ ...TEST_PAYLOAD, v: 2 }))).toMatchObject({ ok: false, reason: 'newer', error: expect.stringContaining('newer version') });
  });

  it('names the field that fails the schema', () => {
    const result = decodeShareFragment(encodeJson({ ...TEST_PAYLOAD, palette: ['red'] }));
    expect(result).toMatchObject({ ok: false, reason: 'invalid', error: expect.stringContaining('palette') });
    const messages = decodeShareFragment(encodeJson({ ...TEST_PAYLOAD, insights: Array(6).fill('x') }));
    expect(messages).toMatchObject({ ok: false, reason: 'invalid', error: expect.stringContaining('insights') });
  });
});
