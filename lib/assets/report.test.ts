import { describe, expect, it } from 'vitest';
import { buildAssetReport, describeAssetReport, listKinds } from './report';
import { AssetTally } from './totals';
import type { AssetRecord } from './types';

const base: AssetRecord = { importId: 'i', assetId: 'a', path: 'a.png', kind: 'image', source: 'upload', conversationId: 'c', messageId: 'm', role: 'user', time: null, name: null, mimeType: 'image/png', bytes: 100 };
const record = (fields: Partial<AssetRecord>): AssetRecord => ({ ...base, ...fields });

describe('buildAssetReport', () => {
  it('tells linked, missing, extra and name-only records apart', () => {
    const report = buildAssetReport(
      [
        record({ assetId: 'linked' }),
        record({ assetId: 'clip', kind: 'audio', source: 'voice', path: 'c/audio/clip.wav', durationSeconds: 3.5, bytes: 1_000 }),
        record({ assetId: 'gone', path: null, bytes: 5_000 }),
        record({ assetId: 'spoken', kind: 'audio', source: 'voice', path: null, durationSeconds: 2 }),
        record({ assetId: 'stray.png', conversationId: null, messageId: null, role: null, bytes: 50 }),
        record({ assetId: 'attachment:c/m/0', source: 'attachment', kind: 'file', path: null }),
      ],
      'zip',
    );
    expect(report).toEqual({
      linked: 2,
      byKind: { image: 3, audio: 2, video: 0, file: 1 },
      bySource: { upload: 3, dalle: 0, generated: 0, voice: 2, attachment: 1 },
      missing: { count: 2, examples: [{ pointer: 'gone', conversationId: 'c', kind: 'image' }, { pointer: 'spoken', conversationId: 'c', kind: 'audio' }] },
      extra: { count: 1, examples: ['a.png'] },
      bytes: 1_150,
      audioSeconds: 5.5,
      input: 'zip',
    });
  });

  it('keeps at most 20 examples of each', () => {
    const report = buildAssetReport(Array.from({ length: 30 }, (_, i) => record({ assetId: `gone-${i}`, path: null })));
    expect(report.missing.count).toBe(30);
    expect(report.missing.examples).toHaveLength(20);
  });
});

describe('describeAssetReport', () => {
  it('explains a lone conversations.json instead of flagging its files as missing', () => {
    const report = buildAssetReport([record({ path: null }), record({ assetId: 'b', path: null }), record({ assetId: 'v', kind: 'audio', source: 'voice', path: null })], 'json');
    expect(describeAssetReport(report)).toBe("Your chats show 2 images and 1 voice clip. A conversations.json alone doesn't include the files themselves: import the whole export zip to see them.");
  });

  it('sums up a zip plainly', () => {
    const report = buildAssetReport([record({}), record({ assetId: 'b' }), record({ assetId: 'g', path: null }), record({ assetId: 's', conversationId: null })], 'zip');
    expect(describeAssetReport(report)).toBe('2 files linked to the messages that show them. 1 file that messages mention is not in the export. 1 file in the export is not mentioned by any message.');
    expect(describeAssetReport(buildAssetReport([], 'zip'))).toBe('No images, voice clips or files in this export.');
    expect(describeAssetReport(buildAssetReport([record({ source: 'attachment', path: null })], 'zip'))).toBe('1 attachment described by name only (this export carries no files for it).');
    const linkedOne = buildAssetReport([record({}), record({ assetId: 'x', path: null, source: 'attachment' }), record({ assetId: 'y', path: null, source: 'attachment' })], 'zip');
    expect(describeAssetReport(linkedOne)).toBe('1 file linked to the messages that show it. 2 attachments described by name only (this export carries no files for them).');
  });

  it('lists kinds in words', () => {
    expect(listKinds({ image: 214, audio: 12, video: 0, file: 3 })).toBe('214 images, 12 voice clips, and 3 files');
    expect(listKinds({ image: 2, audio: 1, video: 0, file: 0 })).toBe('2 images and 1 voice clip');
    expect(listKinds({ image: 1, audio: 0, video: 1, file: 1 })).toBe('1 image, 1 video, and 1 file');
    expect(listKinds({ image: 1, audio: 0, video: 0, file: 0 })).toBe('1 image');
    expect(listKinds({ image: 0, audio: 0, video: 0, file: 0 })).toBe('no files');
  });
});

describe('AssetTally', () => {
  it('counts pictures an export only names on the assistant side as generated, the user side as uploads', () => {
    const tally = new AssetTally();
    tally.add(record({ assetId: 'attachment:c/u/0', source: 'attachment', path: null, role: 'user' }));
    tally.add(record({ assetId: 'attachment:c/a/0', source: 'attachment', path: null, role: 'assistant' }));
    tally.add(record({ assetId: 'attachment:c/a/1', source: 'attachment', path: null, role: 'assistant' }));
    const { images } = tally.totals(buildAssetReport([], 'json'));
    expect(images).toMatchObject({ total: 3, uploads: 1, generated: 2 });
  });
});
