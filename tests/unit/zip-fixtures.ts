/** Builds zip files in memory with zip.js, for tests of the archive layer and of asset linking. */
import { BlobWriter, TextReader, Uint8ArrayReader, ZipWriter } from '@zip.js/zip.js';
import { encodePng } from '../../lib/demo/assets/png';
import { Raster } from '../../lib/demo/assets/raster';

export type ZipContent = Record<string, string | Uint8Array>;

export async function makeZip(files: ZipContent, level = 6): Promise<Blob> {
  const writer = new ZipWriter(new BlobWriter('application/zip'), { level, useWebWorkers: false });
  for (const [path, data] of Object.entries(files)) {
    await writer.add(path, typeof data === 'string' ? new TextReader(data) : new Uint8ArrayReader(data));
  }
  return writer.close();
}

/** A flat-colour PNG of the given size. */
export function pngBytes(width: number, height: number): Uint8Array {
  const raster = new Raster(width, height);
  raster.rect(0, 0, width, height, [200, 120, 40]);
  return encodePng(raster);
}

/**
 * A 16-bit mono WAV of silence. `listChunk` puts a LIST chunk between `fmt ` and `data`, as
 * recorders that tag their files do.
 */
export function wavBytes(seconds: number, sampleRate = 8_000, listChunk = false): Uint8Array {
  const dataBytes = Math.round(seconds * sampleRate) * 2;
  const list = listChunk ? 8 + 26 : 0; // 26: an even-padded INFO payload
  const out = new Uint8Array(44 + list + dataBytes);
  const view = new DataView(out.buffer);
  const text = (at: number, value: string) => [...value].forEach((char, i) => view.setUint8(at + i, char.charCodeAt(0)));
  text(0, 'RIFF');
  view.setUint32(4, out.length - 8, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true);
  view.setUint16(22, 1, true);
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true);
  view.setUint16(32, 2, true);
  view.setUint16(34, 16, true);
  if (listChunk) {
    text(36, 'LIST');
    view.setUint32(40, 25, true); // odd size: one pad byte follows
    text(44, 'INFOISFT');
  }
  text(36 + list, 'data');
  view.setUint32(40 + list, dataBytes, true);
  return out;
}

// ---------------------------------------------------------------------------------------------
// A ChatGPT export with files, in the old and the new naming
// ---------------------------------------------------------------------------------------------

export const ASSET_CONVERSATION_ID = '6a1f0c55-0000-4000-8000-00000000a55e';
const START = Date.UTC(2026, 2, 1, 9) / 1000;

interface Node {
  id: string;
  role: 'user' | 'assistant' | 'tool';
  parts: unknown[];
  name?: string;
  metadata?: Record<string, unknown>;
}

const image = (pointer: string, width: number, height: number, metadata: Record<string, unknown> = {}) => ({
  content_type: 'image_asset_pointer',
  asset_pointer: pointer,
  size_bytes: 1_000,
  width,
  height,
  fovea: null,
  metadata: { dalle: null, generation: null, sanitized: true, ...metadata },
});
const audio = (pointer: string, seconds: number) => ({
  content_type: 'audio_asset_pointer',
  asset_pointer: pointer,
  size_bytes: 48_000,
  format: 'wav',
  metadata: { start_timestamp: null, end_timestamp: null, start: 10, end: 10 + seconds },
});
const transcription = (text: string, direction: 'in' | 'out') => ({ content_type: 'audio_transcription', text, direction, decoding_id: null });

/**
 * One conversation showing: an uploaded photo and a PDF (listed in metadata.attachments), a
 * DALL·E picture, a picture of the newer image model, a spoken question with its transcript, a
 * spoken answer without one, and a photo whose file the export lacks.
 */
function assetConversation() {
  const nodes: Node[] = [
    {
      id: 'u-upload',
      role: 'user',
      parts: [image('file-service://file-UPL1', 640, 480), 'What can I cook with this?'],
      metadata: { attachments: [{ id: 'file-UPL1', name: 'fridge.png', size: 1_000, mime_type: 'image/png' }, { id: 'file-DOC1', name: 'recipe.pdf', size: 900, mime_type: 'application/pdf' }] },
    },
    { id: 'a-answer', role: 'assistant', parts: ['A frittata.'] },
    { id: 't-dalle', role: 'tool', name: 'dalle.text2im', parts: [image('sediment://file_00000000dall3', 1024, 1024, { dalle: { gen_id: 'g1', prompt: 'a frittata', seed: 1 } })] },
    { id: 't-gen', role: 'tool', name: 't2uay3k.sj1i4kz', parts: [image('sediment://file_00000000gen1', 1024, 1536, { generation: { gen_id: 'g2', gen_size: 'image', height: 1536, width: 1024 } })] },
    { id: 'u-voice', role: 'user', parts: [transcription('How long does it bake?', 'in'), audio('sediment://file_00000000voice1', 2.5)], metadata: { voice_mode_message: true } },
    { id: 'a-voice', role: 'assistant', parts: [audio('sediment://file_00000000voice2', 4)], metadata: { voice_mode_message: true } },
    { id: 'u-gone', role: 'user', parts: [image('file-service://file-GONE', 800, 600), 'And this one?'] },
  ];
  const mapping: Record<string, unknown> = { root: { id: 'root', message: null, parent: null, children: [nodes[0]!.id] } };
  nodes.forEach((node, index) => {
    mapping[node.id] = {
      id: node.id,
      parent: index === 0 ? 'root' : nodes[index - 1]!.id,
      children: nodes[index + 1] ? [nodes[index + 1]!.id] : [],
      message: {
        id: node.id,
        author: { role: node.role, name: node.name ?? null, metadata: {} },
        create_time: START + index * 30,
        content: { content_type: 'multimodal_text', parts: node.parts },
        status: 'finished_successfully',
        weight: 1,
        metadata: node.metadata ?? {},
        recipient: 'all',
      },
    };
  });
  return { id: ASSET_CONVERSATION_ID, conversation_id: ASSET_CONVERSATION_ID, title: 'Fridge dinner', create_time: START, update_time: START + 300, mapping, current_node: nodes.at(-1)!.id, default_model_slug: 'gpt-4o' };
}

export interface AssetExportFixture {
  files: ZipContent;
  /** assetId → the path its file has in this zip. */
  paths: Record<string, string>;
  /** Files no message mentions. */
  extra: string[];
}

/**
 * The export in one of the two namings uploads come in:
 *   'named': file-<id>-<original name> beside conversations.json (older exports)
 *   'dat':   file-<id>.dat plus conversation_asset_file_names.json (newer exports; voice clips too)
 * Either way DALL·E pictures sit in dalle-generations/, the image model's in user-<id>/.
 */
export function chatGptAssetExport(naming: 'named' | 'dat'): AssetExportFixture {
  const voiceFolder = `${ASSET_CONVERSATION_ID}/audio`;
  const paths: Record<string, string> =
    naming === 'named'
      ? {
          'file-UPL1': 'file-UPL1-fridge.png',
          'file-DOC1': 'file-DOC1-recipe.pdf',
          file_00000000voice1: `${voiceFolder}/file_00000000voice1-0c9f3a44-1111-4a6b-9d1e-5f0e1a2b3c4d.wav`,
          file_00000000voice2: `${voiceFolder}/file_00000000voice2-7d2e4b55-2222-4c7d-8e2f-6a1f2b3c4d5e.wav`,
        }
      : {
          'file-UPL1': 'file-UPL1.dat',
          'file-DOC1': 'file-DOC1.dat',
          file_00000000voice1: 'file_00000000voice1.dat',
          file_00000000voice2: 'file_00000000voice2.dat',
        };
  paths.file_00000000dall3 = 'dalle-generations/file_00000000dall3-3b8c1f2e-3333-4e5f-a6b7-c8d9e0f1a2b3.webp';
  paths.file_00000000gen1 = 'user-Ab3dEf6hIj9kLm2nOp5qRs8t/file_00000000gen1-9e8d7c6b-4444-4a3b-2c1d-0e9f8a7b6c5d.png';
  const extra = naming === 'named' ? ['file-STRAY-old scan.png'] : ['file-STRAY.dat'];
  const files: ZipContent = {
    'conversations.json': JSON.stringify([assetConversation()]),
    'user.json': JSON.stringify({ id: 'user-Ab3dEf6hIj9kLm2nOp5qRs8t' }),
    'chat.html': '<html></html>',
    [paths['file-UPL1']!]: pngBytes(64, 48),
    [paths['file-DOC1']!]: new TextEncoder().encode('%PDF-1.4\n%demo\n'),
    [paths.file_00000000dall3!]: pngBytes(32, 32),
    [paths.file_00000000gen1!]: pngBytes(32, 48),
    [paths.file_00000000voice1!]: wavBytes(2.5),
    [paths.file_00000000voice2!]: wavBytes(4, 16_000, true),
    [extra[0]!]: naming === 'named' ? pngBytes(8, 8) : wavBytes(1),
  };
  if (naming === 'dat') {
    files['conversation_asset_file_names.json'] = JSON.stringify({ 'file-UPL1.dat': 'fridge.png', 'file-DOC1.dat': 'recipe.pdf', 'file-STRAY.dat': 'memo.wav' });
  }
  return { files, paths, extra };
}
