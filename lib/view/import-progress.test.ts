import { describe, expect, it } from 'vitest';
import type { ImportProgress } from '@/workers/ingest/protocol';
import { importProgressView } from './import-progress';

const progress = (fields: Partial<ImportProgress>): ImportProgress => ({
  phase: 'reading',
  bytesDone: 0,
  bytesTotal: 0,
  bytesOf: 'file',
  conversations: 0,
  etaMs: null,
  ...fields,
});

describe('importProgressView', () => {
  it('says "Starting" before the first report', () => {
    expect(importProgressView(null)).toEqual({ phase: 'Starting', fraction: null, detail: '' });
  });

  it('shows the file’s real bytes while reading, with the conversations found', () => {
    const view = importProgressView(progress({ phase: 'reading', bytesDone: 12 * 1024 ** 2, bytesTotal: 40 * 1024 ** 2, conversations: 310 }));
    expect(view.phase).toBe('Reading conversations');
    expect(view.fraction).toBeCloseTo(0.3);
    expect(view.detail).toBe('12 MB of 40 MB · 310 conversations');
  });

  it('says a zip’s bytes are unpacked ones, and counts one conversation in the singular', () => {
    const view = importProgressView(progress({ phase: 'saving', bytesDone: 2048, bytesTotal: 4096, bytesOf: 'unpacked', conversations: 1 }));
    expect(view.phase).toBe('Saving on this device');
    expect(view.detail).toBe('2.0 KB of 4.0 KB unpacked · 1 conversation');
  });

  it('never shows a byte count while analysing: it names what is analysed, with no percent', () => {
    const view = importProgressView(progress({ phase: 'analysing', bytesOf: 'none', conversations: 2784, messages: 51_234 }));
    expect(view).toEqual({ phase: 'Crunching your numbers', fraction: null, detail: '2,784 conversations · 51,234 messages' });
    expect(view.detail).not.toMatch(/\bB\b/);
  });

  it('does not show the old "1 B of 1 B" placeholder even from a report without bytesOf', () => {
    const view = importProgressView(progress({ phase: 'analysing', bytesOf: 'none', bytesDone: 1, bytesTotal: 1, conversations: 1 }));
    expect(view.detail).toBe('1 conversation');
    expect(view.fraction).toBeNull();
  });

  it('counts re-read conversations when a stored import is re-analysed', () => {
    const view = importProgressView(progress({ phase: 'analysing', bytesOf: 'none', conversations: 1200, conversationsTotal: 2784, messages: 20_000 }));
    expect(view.fraction).toBeCloseTo(1200 / 2784);
    expect(view.detail).toBe('1,200 of 2,784 conversations');
  });

  it('hashing shows bytes only, and a finished phase is at 100 %', () => {
    const view = importProgressView(progress({ phase: 'hashing', bytesDone: 500, bytesTotal: 500 }));
    expect(view).toEqual({ phase: 'Checking the file', fraction: 1, detail: '500 B of 500 B' });
  });

  it('names the files being saved', () => {
    const view = importProgressView(progress({ phase: 'assets', bytesDone: 0, bytesTotal: 3 * 1024 ** 2, bytesOf: 'unpacked', conversations: 90, assets: { image: 2, audio: 1, video: 0, file: 0 } }));
    expect(view.phase).toMatch(/^Saving 2 images/);
    expect(view.detail).toBe('0 B of 3.0 MB unpacked');
  });
});
