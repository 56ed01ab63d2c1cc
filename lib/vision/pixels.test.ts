import { describe, expect, it } from 'vitest';
import { Drawing } from './drawing.fixture';
import { pixelStats, rgbaToRgb, rgbBytes } from './pixels';

describe('pixels', () => {
  it('drops alpha by compositing over white', () => {
    const data = new Uint8ClampedArray([255, 0, 0, 255, 0, 0, 0, 0, 0, 0, 0, 128]);
    const rgb = rgbaToRgb({ data, width: 3, height: 1 });
    expect([...rgb.data].map(Math.round)).toEqual([255, 0, 0, 255, 255, 255, 127, 127, 127]);
    expect([...rgbBytes(rgb)]).toEqual([255, 0, 0, 255, 255, 255, 127, 127, 127]);
    expect(() => rgbaToRgb({ data, width: 2, height: 2 })).toThrow(/needs 16 bytes, got 12/);
  });

  it('tells flat fills from noise, and light pages from dark ones', () => {
    const page = rgbaToRgb(new Drawing(64, 64).rect(8, 8, 48, 4, [20, 20, 20]));
    expect(pixelStats(page).flatShare).toBeGreaterThan(0.95);
    expect(pixelStats(page).lightShare).toBeGreaterThan(0.9);
    let seed = 1;
    const noise = rgbaToRgb(new Drawing(64, 64).fill(() => [(seed = (seed * 48271) % 2147483647) % 256, seed % 251, seed % 241]));
    expect(pixelStats(noise).flatShare).toBeLessThan(0.05);
    expect(pixelStats(noise).lightShare).toBeLessThan(0.05);
  });
});
