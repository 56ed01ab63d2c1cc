import { describe, expect, it } from 'vitest';
import { classifyAssetPath, fileIdFromPointer, isAssetFile } from './paths';

describe('fileIdFromPointer', () => {
  it('reads both pointer schemes and bare ids', () => {
    expect(fileIdFromPointer('file-service://file-AbC123xyz')).toBe('file-AbC123xyz');
    expect(fileIdFromPointer('sediment://file_00000000a1b2c3d4')).toBe('file_00000000a1b2c3d4');
    expect(fileIdFromPointer('file-AbC123')).toBe('file-AbC123');
    expect(fileIdFromPointer('https://example.com/cat.png')).toBeNull();
  });
});

describe('classifyAssetPath', () => {
  it('reads uploads in the old naming, keeping the original name', () => {
    expect(classifyAssetPath('file-AbC123-holiday photo.JPG')).toEqual({ path: 'file-AbC123-holiday photo.JPG', fileId: 'file-AbC123', source: 'upload', name: 'holiday photo.JPG', kind: 'image' });
    expect(classifyAssetPath('export/file_0a1b2c-report.final.pdf')).toMatchObject({ fileId: 'file_0a1b2c', name: 'report.final.pdf', kind: 'file' });
  });

  it('leaves .dat uploads nameless and kindless until the names file and their bytes tell', () => {
    expect(classifyAssetPath('file-AbC123.dat')).toEqual({ path: 'file-AbC123.dat', fileId: 'file-AbC123', source: 'upload', name: null, kind: 'file' });
  });

  it('knows generated pictures and voice clips by their folders', () => {
    expect(classifyAssetPath('dalle-generations/file-Xy9-6b1f.webp')).toMatchObject({ fileId: 'file-Xy9', source: 'dalle', name: null, kind: 'image' });
    expect(classifyAssetPath('dalle-generations/6b1f0000.webp')).toMatchObject({ fileId: null, source: 'dalle' });
    expect(classifyAssetPath('user-Ab3dEf/file_00aa-1c2d.png')).toMatchObject({ fileId: 'file_00aa', source: 'generated', kind: 'image' });
    expect(classifyAssetPath('6a1f0c55-0000-4000-8000-000000000000/audio/file_00bb-3e4f.wav')).toMatchObject({ fileId: 'file_00bb', source: 'voice', kind: 'audio' });
    expect(classifyAssetPath('6a1f0c55-0000-4000-8000-000000000000/audio/file_00bb')).toMatchObject({ kind: 'audio' });
  });

  it('is not fooled by export files, dot files or look-alike names', () => {
    for (const path of ['conversations.json', 'conversations-003.json', 'user.json', 'chat.html', 'export_manifest.json', '.DS_Store', '__MACOSX/file-abc-x.png', 'dalle-generations/', 'user-files.txt', 'profile/file.png']) {
      expect(classifyAssetPath(path), path).toBeNull();
    }
  });

  it('counts the names file among the files the import reads', () => {
    expect(isAssetFile('conversation_asset_file_names.json')).toBe(true);
    expect(isAssetFile('file-abc-x.png')).toBe(true);
    expect(isAssetFile('message_feedback.json')).toBe(false);
  });
});
