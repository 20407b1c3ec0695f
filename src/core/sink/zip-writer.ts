// A small streaming ZIP writer for whole buffers.
//
// - Entries are STORED: PNG, WebP and JPEG are compressed already, and
//   deflating them again costs CPU for nothing.
// - Each entry arrives as one Buffer, so its CRC and size are known before the
//   local header is written: no data descriptors.
// - Only a few dozen bytes per entry stay in memory (for the central
//   directory); the data is let go as soon as the OS has taken it.
// - ZIP64 (APPNOTE 6.3.x §4.3.14, §4.5.3) kicks in per field when a size or
//   offset reaches 0xFFFFFFFF or the entry count reaches 0xFFFF, so a run of
//   any size stays a valid archive. `forceZip64` uses it for everything, which
//   is how tests cover that path without writing 4 GiB.

import type { Writable } from 'node:stream';
import { crc32 } from './crc32.ts';

export interface ZipWriterOptions {
  /** Write ZIP64 records even for small archives (tests, interop checks). */
  forceZip64?: boolean;
  /** Modification time stored for every entry; defaults to when the writer was created. */
  date?: Date;
}

interface CentralRecord {
  name: Buffer;
  crc: number;
  size: number;
  offset: number;
}

const MAX16 = 0xffff;
const MAX32 = 0xffffffff;
const UTF8_NAMES = 0x0800; // general purpose bit 11
const STORED = 0;
const VERSION_DEFAULT = 20; // 2.0: folders, UTF-8 flag era
const VERSION_ZIP64 = 45; // 4.5: ZIP64
const MADE_BY_UNIX = 3 << 8;
const REGULAR_FILE_644 = (0o100644 << 16) >>> 0; // unzip restores rw-r--r--

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_ZIP64_END = 0x06064b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_END = 0x06054b50;

/** DOS date/time in local time, as ZIP tools expect; clamped to the format's 1980–2107 range. */
export function dosDateTime(date: Date): { time: number; date: number } {
  const year = date.getFullYear();
  if (year < 1980) return { time: 0, date: (1 << 5) | 1 };
  if (year > 2107) return { time: (23 << 11) | (59 << 5) | 29, date: (127 << 9) | (12 << 5) | 31 };
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

export class ZipWriter {
  private readonly out: Writable;
  private readonly force: boolean;
  private readonly stamp: { time: number; date: number };
  private readonly names = new Set<string>();
  private readonly records: CentralRecord[] = [];
  private offset = 0;
  /** Writes run one at a time, in call order; this is the end of that line. */
  private tail: Promise<void> = Promise.resolve();
  private failure: Error | null = null;
  private finished = false;

  constructor(out: Writable, options: ZipWriterOptions = {}) {
    this.out = out;
    this.force = options.forceZip64 === true;
    this.stamp = dosDateTime(options.date ?? new Date());
    // Without a listener a write error would crash the process; keep it and fail the next call instead.
    out.on('error', (err: Error) => {
      this.failure ??= err;
    });
  }

  get entryCount(): number {
    return this.records.length;
  }

  /** Bytes written so far (the archive size once finish() has resolved). */
  get size(): number {
    return this.offset;
  }

  /**
   * Append one file. Calls may overlap: they are written in call order, and
   * each resolves once its bytes are handed to the OS, so at most the entries
   * of the callers currently waiting are held in memory.
   */
  add(name: string, data: Buffer): Promise<void> {
    if (this.finished) return Promise.reject(new Error(`cannot add ${JSON.stringify(name)}: the ZIP is already finished`));
    if (this.names.has(name)) return Promise.reject(new Error(`duplicate ZIP entry ${JSON.stringify(name)}`));
    const nameBytes = Buffer.from(name, 'utf8');
    if (nameBytes.length === 0 || nameBytes.length > MAX16) {
      return Promise.reject(new Error(`ZIP entry name must be 1-${MAX16} bytes, got ${nameBytes.length}`));
    }
    this.names.add(name);
    return this.enqueue(() => this.writeEntry(nameBytes, data));
  }

  /** Write the central directory and end records, then end the stream. */
  finish(): Promise<void> {
    if (this.finished) return Promise.reject(new Error('the ZIP is already finished'));
    this.finished = true;
    return this.enqueue(async () => {
      await this.writeCentralDirectory();
      await new Promise<void>((resolve, reject) => {
        this.out.end((err?: Error | null) => (err ? reject(err) : resolve()));
      });
    });
  }

  private enqueue(job: () => Promise<void>): Promise<void> {
    const run = this.tail.then(async () => {
      if (this.failure) throw this.failure;
      try {
        await job();
      } catch (err) {
        // The archive is broken from here on: every later call reports the first cause.
        this.failure ??= err as Error;
        throw this.failure;
      }
    });
    this.tail = run.catch(() => undefined);
    return run;
  }

  private async writeEntry(name: Buffer, data: Buffer): Promise<void> {
    const size = data.length;
    const crc = crc32(data);
    const offset = this.offset;
    const zip64Sizes = this.force || size >= MAX32;
    const zip64Entry = zip64Sizes || offset >= MAX32;

    const header = Buffer.alloc(30 + name.length + (zip64Sizes ? 20 : 0));
    header.writeUInt32LE(SIG_LOCAL, 0);
    header.writeUInt16LE(zip64Entry ? VERSION_ZIP64 : VERSION_DEFAULT, 4);
    header.writeUInt16LE(UTF8_NAMES, 6);
    header.writeUInt16LE(STORED, 8);
    header.writeUInt16LE(this.stamp.time, 10);
    header.writeUInt16LE(this.stamp.date, 12);
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(zip64Sizes ? MAX32 : size, 18); // compressed size
    header.writeUInt32LE(zip64Sizes ? MAX32 : size, 22); // uncompressed size
    header.writeUInt16LE(name.length, 26);
    header.writeUInt16LE(zip64Sizes ? 20 : 0, 28);
    name.copy(header, 30);
    if (zip64Sizes) {
      // In a local header the ZIP64 field holds both sizes (APPNOTE 4.5.3).
      const at = 30 + name.length;
      header.writeUInt16LE(0x0001, at);
      header.writeUInt16LE(16, at + 2);
      header.writeBigUInt64LE(BigInt(size), at + 4);
      header.writeBigUInt64LE(BigInt(size), at + 12);
    }

    await Promise.all(size > 0 ? [this.write(header), this.write(data)] : [this.write(header)]);
    this.records.push({ name, crc, size, offset });
  }

  private async writeCentralDirectory(): Promise<void> {
    const start = this.offset;
    // Batched so a 100,000-entry directory is a few hundred writes, not 100,000.
    let batch: Buffer[] = [];
    let batched = 0;
    for (const r of this.records) {
      const rec = this.centralRecord(r);
      batch.push(rec);
      batched += rec.length;
      if (batched >= 64 * 1024) {
        await this.write(Buffer.concat(batch, batched));
        batch = [];
        batched = 0;
      }
    }
    if (batched > 0) await this.write(Buffer.concat(batch, batched));

    const count = this.records.length;
    const cdSize = this.offset - start;
    const zip64 = this.force || count >= MAX16 || start >= MAX32 || cdSize >= MAX32;
    const tail: Buffer[] = [];
    if (zip64) {
      const end64At = this.offset;
      const end64 = Buffer.alloc(56);
      end64.writeUInt32LE(SIG_ZIP64_END, 0);
      end64.writeBigUInt64LE(44n, 4); // size of the rest of this record
      end64.writeUInt16LE(MADE_BY_UNIX | VERSION_ZIP64, 12);
      end64.writeUInt16LE(VERSION_ZIP64, 14);
      end64.writeUInt32LE(0, 16); // this disk
      end64.writeUInt32LE(0, 20); // disk where the central directory starts
      end64.writeBigUInt64LE(BigInt(count), 24);
      end64.writeBigUInt64LE(BigInt(count), 32);
      end64.writeBigUInt64LE(BigInt(cdSize), 40);
      end64.writeBigUInt64LE(BigInt(start), 48);
      const locator = Buffer.alloc(20);
      locator.writeUInt32LE(SIG_ZIP64_LOCATOR, 0);
      locator.writeUInt32LE(0, 4);
      locator.writeBigUInt64LE(BigInt(end64At), 8);
      locator.writeUInt32LE(1, 16); // total number of disks
      tail.push(end64, locator);
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(SIG_END, 0);
    end.writeUInt16LE(0, 4);
    end.writeUInt16LE(0, 6);
    // With ZIP64 every field points readers to the ZIP64 record.
    end.writeUInt16LE(zip64 ? MAX16 : count, 8);
    end.writeUInt16LE(zip64 ? MAX16 : count, 10);
    end.writeUInt32LE(zip64 ? MAX32 : cdSize, 12);
    end.writeUInt32LE(zip64 ? MAX32 : start, 16);
    end.writeUInt16LE(0, 20); // comment length
    tail.push(end);
    await this.write(Buffer.concat(tail));
  }

  private centralRecord(r: CentralRecord): Buffer {
    const bigSize = this.force || r.size >= MAX32;
    const bigOffset = this.force || r.offset >= MAX32;
    // Only the fields that overflowed go into the ZIP64 field, in this order (APPNOTE 4.5.3).
    const fields = (bigSize ? 2 : 0) + (bigOffset ? 1 : 0);
    const extraLength = fields > 0 ? 4 + 8 * fields : 0;
    const version = fields > 0 ? VERSION_ZIP64 : VERSION_DEFAULT;

    const rec = Buffer.alloc(46 + r.name.length + extraLength);
    rec.writeUInt32LE(SIG_CENTRAL, 0);
    rec.writeUInt16LE(MADE_BY_UNIX | version, 4);
    rec.writeUInt16LE(version, 6);
    rec.writeUInt16LE(UTF8_NAMES, 8);
    rec.writeUInt16LE(STORED, 10);
    rec.writeUInt16LE(this.stamp.time, 12);
    rec.writeUInt16LE(this.stamp.date, 14);
    rec.writeUInt32LE(r.crc, 16);
    rec.writeUInt32LE(bigSize ? MAX32 : r.size, 20);
    rec.writeUInt32LE(bigSize ? MAX32 : r.size, 24);
    rec.writeUInt16LE(r.name.length, 28);
    rec.writeUInt16LE(extraLength, 30);
    rec.writeUInt16LE(0, 32); // comment length
    rec.writeUInt16LE(0, 34); // disk number start
    rec.writeUInt16LE(0, 36); // internal attributes
    rec.writeUInt32LE(REGULAR_FILE_644, 38);
    rec.writeUInt32LE(bigOffset ? MAX32 : r.offset, 42);
    r.name.copy(rec, 46);
    if (fields > 0) {
      let at = 46 + r.name.length;
      rec.writeUInt16LE(0x0001, at);
      rec.writeUInt16LE(8 * fields, at + 2);
      at += 4;
      if (bigSize) {
        rec.writeBigUInt64LE(BigInt(r.size), at); // uncompressed
        rec.writeBigUInt64LE(BigInt(r.size), at + 8); // compressed
        at += 16;
      }
      if (bigOffset) rec.writeBigUInt64LE(BigInt(r.offset), at);
    }
    return rec;
  }

  /** Resolves when the stream has handed `chunk` to the OS (its write callback). */
  private write(chunk: Buffer): Promise<void> {
    this.offset += chunk.length;
    return new Promise((resolve, reject) => {
      this.out.write(chunk, (err?: Error | null) => (err ? reject(err) : resolve()));
    });
  }
}
