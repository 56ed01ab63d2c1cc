/**
 * A minimal zip writer (store or deflate, no zip64) for the demo export. Written here rather than
 * borrowed because zip timestamps are local time in every library: a fixed DOS date keeps the
 * same seed giving the same bytes in every time zone.
 */
import { Deflate, deflateSync } from 'fflate';
import { crc32 } from './crc32';

/** 2026-11-16 12:00:00, after the demo's last conversation, as DOS time and date. */
const DOS_TIME = 12 << 11;
const DOS_DATE = ((2026 - 1980) << 9) | (11 << 5) | 16;
const UTF8_NAMES = 1 << 11;

export interface PreparedEntry {
  compressed: Uint8Array[];
  crc: number;
  size: number;
}

export class ZipWriter {
  private offset = 0;
  private readonly central: Uint8Array[] = [];
  private count = 0;

  constructor(private readonly emit: (chunk: Uint8Array) => void) {}

  /** Already-compressed files (PNG) are stored; everything else is deflated. */
  add(path: string, data: Uint8Array, compress: boolean): void {
    const compressed = compress ? deflateSync(data, { level: 6 }) : data;
    this.write(path, { compressed: [compressed], crc: crc32(data), size: data.length }, compress);
  }

  /** A deflated entry prepared piece by piece (see `DeflatingEntry`). */
  addPrepared(path: string, entry: PreparedEntry): void {
    this.write(path, entry, true);
  }

  end(): void {
    const start = this.offset;
    for (const header of this.central) this.push(header);
    const eocd = new DataView(new ArrayBuffer(22));
    eocd.setUint32(0, 0x06054b50, true);
    eocd.setUint16(8, this.count, true);
    eocd.setUint16(10, this.count, true);
    eocd.setUint32(12, this.offset - start, true);
    eocd.setUint32(16, start, true);
    this.push(new Uint8Array(eocd.buffer));
  }

  private write(path: string, { compressed, crc, size }: PreparedEntry, deflated: boolean): void {
    const name = new TextEncoder().encode(path);
    const compressedSize = compressed.reduce((sum, part) => sum + part.length, 0);
    const local = new DataView(new ArrayBuffer(30 + name.length));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    const fields = (view: DataView, at: number) => {
      view.setUint16(at, UTF8_NAMES, true);
      view.setUint16(at + 2, deflated ? 8 : 0, true);
      view.setUint16(at + 4, DOS_TIME, true);
      view.setUint16(at + 6, DOS_DATE, true);
      view.setUint32(at + 8, crc, true);
      view.setUint32(at + 12, compressedSize, true);
      view.setUint32(at + 16, size, true);
      view.setUint16(at + 20, name.length, true);
    };
    fields(local, 6);
    new Uint8Array(local.buffer).set(name, 30);
    const central = new DataView(new ArrayBuffer(46 + name.length));
    central.setUint32(0, 0x02014b50, true);
    central.setUint16(4, 20, true);
    central.setUint16(6, 20, true);
    fields(central, 8);
    central.setUint32(42, this.offset, true);
    new Uint8Array(central.buffer).set(name, 46);
    this.central.push(new Uint8Array(central.buffer));
    this.count++;
    this.push(new Uint8Array(local.buffer));
    for (const part of compressed) this.push(part);
  }

  private push(chunk: Uint8Array): void {
    this.offset += chunk.length;
    this.emit(chunk);
  }
}

/** Deflates text as it is produced, keeping only the compressed bytes, until the entry can be written whole. */
export class DeflatingEntry {
  private readonly compressed: Uint8Array[] = [];
  private readonly deflate = new Deflate({ level: 6 }, (chunk) => this.compressed.push(chunk));
  private readonly encoder = new TextEncoder();
  private crc = 0;
  private size = 0;
  /** Text is handed to deflate in ~64 KB pieces: tiny pushes (the commas between conversations) would each end a block. */
  private pending: string[] = [];
  private pendingLength = 0;

  push(text: string): void {
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength >= 65_536) this.flush(false);
  }

  finish(): PreparedEntry {
    this.flush(true);
    return { compressed: this.compressed, crc: this.crc, size: this.size };
  }

  private flush(final: boolean): void {
    const bytes = this.encoder.encode(this.pending.join(''));
    this.pending = [];
    this.pendingLength = 0;
    this.crc = crc32(bytes, this.crc);
    this.size += bytes.length;
    this.deflate.push(bytes, final);
  }
}
