import { describe, expect, it } from 'vitest';
import { safetyFromScores } from './safety';
import { isPageShaped, isScreenSize } from './screens';
import { imageThemes, type ThemeInput } from './themes';

const NEUTRAL = safetyFromScores([0.05, 0, 0.95, 0, 0]);
const photo: ThemeInput = { shape: { width: 4032, height: 3024, mimeType: 'image/jpeg' }, stats: { flatShare: 0.08, lightShare: 0.1 }, safety: NEUTRAL, objects: [] };
const object = (label: string, score = 0.6) => ({ label, score, box: [0.1, 0.1, 0.5, 0.5] as [number, number, number, number] });

describe('screen and page shapes', () => {
  it('knows native screen sizes either way round, and paper', () => {
    expect(isScreenSize(1170, 2532)).toBe(true);
    expect(isScreenSize(2532, 1170)).toBe(true);
    expect(isScreenSize(1920, 1080)).toBe(true);
    expect(isScreenSize(4032, 3024)).toBe(false);
    expect(isPageShaped(1240, 1754)).toBe(true); // A4 at 150 dpi
    expect(isPageShaped(850, 1100)).toBe(true); // US Letter
    expect(isPageShaped(1754, 1240)).toBe(false);
  });
});

describe('image themes', () => {
  it('calls a flat PNG or a flat screen-sized image a screenshot, and a light flat page a document', () => {
    const flat = { flatShare: 0.8, lightShare: 0.3 };
    expect(imageThemes({ ...photo, stats: flat, shape: { width: 900, height: 700, mimeType: 'image/png' } })).toEqual(['screenshot']);
    expect(imageThemes({ ...photo, stats: { flatShare: 0.6, lightShare: 0.3 }, shape: { width: 1170, height: 2532, mimeType: 'image/jpeg' } })).toEqual(['screenshot']);
    expect(imageThemes({ ...photo, stats: { flatShare: 0.6, lightShare: 0.3 }, shape: { width: 900, height: 700, mimeType: 'image/jpeg' } })).toEqual([]);
    expect(imageThemes({ ...photo, stats: { flatShare: 0.8, lightShare: 0.85 }, shape: { width: 1240, height: 1754, mimeType: 'image/png' } })).toEqual(['documents']);
  });

  it('maps confident objects to themes, strongest first; a camera photo is no screenshot', () => {
    expect(imageThemes({ ...photo, objects: [object('dog', 0.5), object('person', 0.9), object('car', 0.2)] })).toEqual(['people', 'animals']);
    expect(imageThemes({ ...photo, shape: { ...photo.shape, mimeType: 'image/png' }, objects: [object('pizza')] })).toEqual(['food']);
  });

  it('counts tableware as food only with food or more tableware beside it', () => {
    expect(imageThemes({ ...photo, objects: [object('cup'), object('laptop', 0.5)] })).toEqual(['things', 'devices']);
    expect(imageThemes({ ...photo, objects: [object('cup'), object('fork', 0.5)] })).toEqual(['food']);
    expect(imageThemes({ ...photo, objects: [object('bowl', 0.7), object('broccoli', 0.4)] })).toEqual(['food']);
  });

  it('takes a confident drawing verdict, and a confident CLIP tag before the objects', () => {
    expect(imageThemes({ ...photo, safety: safetyFromScores([0.95, 0, 0.05, 0, 0]) })).toEqual(['drawings']);
    expect(imageThemes({ ...photo, safety: safetyFromScores([0.7, 0, 0.3, 0, 0]) })).toEqual([]);
    const tags = [{ label: 'meme', score: 0.6, theme: 'memes' as const }];
    expect(imageThemes({ ...photo, objects: [object('person')], tags })).toEqual(['memes', 'people']);
    expect(imageThemes({ ...photo, objects: [object('person')], tags: [{ ...tags[0]!, score: 0.2 }] })).toEqual(['people']);
  });
});
