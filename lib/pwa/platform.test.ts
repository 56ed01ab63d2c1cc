import { describe, expect, it } from 'vitest';
import { isIos, isSharePage } from './platform';

describe('isSharePage', () => {
  it('is true for the fragment share page and short links only', () => {
    expect(isSharePage('/share')).toBe(true);
    expect(isSharePage('/s/abc123')).toBe(true);
    expect(isSharePage('/')).toBe(false);
    expect(isSharePage('/search')).toBe(false);
    expect(isSharePage('/shared-things')).toBe(false);
  });
});

describe('isIos', () => {
  const iphone = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';
  const mac = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15';
  const android = 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36';

  it('recognises iPhones, and iPads that report a Mac with touch', () => {
    expect(isIos({ userAgent: iphone, maxTouchPoints: 5 })).toBe(true);
    expect(isIos({ userAgent: mac, maxTouchPoints: 5 })).toBe(true);
  });

  it('leaves desktop Macs and Android alone', () => {
    expect(isIos({ userAgent: mac, maxTouchPoints: 0 })).toBe(false);
    expect(isIos({ userAgent: android, maxTouchPoints: 5 })).toBe(false);
  });
});
