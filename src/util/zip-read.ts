// The one ZIP reader of src/ (yauzl underneath). ZIPs we read are often not
// ours, so opening one checks what its directory claims before a byte of
// data is read: how many entries, how big each and all of them are, and
// every name. Reading is by name, one entry at a time, each capped.
//
// Names: yauzl with strictFileNames refuses the whole ZIP for an absolute
// name, a ".." segment or a backslash (which it would otherwise turn into a
// "/"). A name that gets past it but not past the sink's rule (an empty
// segment, "./", a control character, ":") is left out and listed in
// `skipped`, so a caller can say so; it can never be read.

import { Transform } from 'node:stream';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { entryNameProblem } from '../core/sink/entry-name.ts';

export interface ZipLimits {
  /** Entries in the directory, folders included. */
  maxEntries: number;
  /** Uncompressed bytes of one entry; the default cap of `read` and `stream`. */
  maxEntryBytes: number;
  /** Uncompressed bytes of every entry together. */
  maxTotalBytes: number;
}

export interface ZipEntryInfo {
  name: string;
  /** Uncompressed bytes, as the directory says (yauzl checks the data against it). */
  size: number;
  /** 0 stored, 8 deflated. */
  compressionMethod: number;
}

/** An entry that cannot be read through this reader, and why. */
export interface SkippedEntry {
  name: string;
  problem: string;
}

export interface ZipReader {
  readonly path: string;
  /** File entries that can be read, in directory order (folders left out). */
  entries(): readonly ZipEntryInfo[];
  /** Their names. */
  names(): string[];
  /** Entries left out: names not safe in an output, and a name's second entry (the first wins, as with unzip). */
  readonly skipped: readonly SkippedEntry[];
  has(name: string): boolean;
  /** The whole entry; rejects when it is missing or bigger than `max`. */
  read(name: string, max?: number): Promise<Buffer>;
  /** The entry's bytes as a stream, for entries too big to hold; the same checks as `read`. */
  stream(name: string, max?: number): Promise<Readable>;
  close(): void;
}

/** A ZIP that cannot be read, or an entry of it; the message says why, without the path. */
export class ZipReadError extends Error {
  override name = 'ZipReadError';
}

/** Opens a ZIP and reads its directory; throws a ZipReadError when it is not a ZIP or breaks a limit. */
export async function openZipReader(path: string, limits: ZipLimits): Promise<ZipReader> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(path, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: true, decodeStrings: true });
  } catch (err) {
    throw new ZipReadError((err as Error).message);
  }
  const byName = new Map<string, yauzl.Entry>();
  const skipped: SkippedEntry[] = [];
  try {
    if (zip.entryCount > limits.maxEntries) throw new ZipReadError(`it has ${zip.entryCount} entries, more than the ${limits.maxEntries} framecap reads`);
    let total = 0;
    for await (const entry of zip.eachEntry()) {
      total += entry.uncompressedSize;
      if (total > limits.maxTotalBytes) throw new ZipReadError(`its entries unpack to more than ${limits.maxTotalBytes} bytes`);
      const name = entry.fileName;
      if (name.endsWith('/')) continue;
      const problem = entryNameProblem(name);
      if (problem) skipped.push({ name, problem });
      else if (byName.has(name)) skipped.push({ name, problem: 'a second entry of this name (the first is read)' });
      else byName.set(name, entry);
    }
  } catch (err) {
    zip.close();
    throw err instanceof ZipReadError ? err : new ZipReadError((err as Error).message);
  }

  const checked = (name: string, max: number): yauzl.Entry => {
    const entry = byName.get(name);
    if (!entry) throw new ZipReadError(`${name} is not in the ZIP`);
    if (entry.uncompressedSize > max) throw new ZipReadError(`${name} is larger than ${max} bytes (${entry.uncompressedSize})`);
    return entry;
  };
  const openEntry = async (name: string, max: number): Promise<Readable> => {
    const entry = checked(name, max);
    try {
      return await zip.openReadStreamPromise(entry);
    } catch (err) {
      throw new ZipReadError(`cannot read ${name}: ${(err as Error).message}`);
    }
  };
  // validateEntrySizes already fails a stream that runs past its declared size;
  // the byte counts below hold even if that ever changes.
  const read = async (name: string, max: number): Promise<Buffer> => {
    const data = await openEntry(name, max);
    return new Promise<Buffer>((done, fail) => {
      const chunks: Buffer[] = [];
      let seen = 0;
      data.on('data', (chunk: Buffer) => {
        seen += chunk.length;
        if (seen <= max) chunks.push(chunk);
        else data.destroy(new ZipReadError(`${name} is larger than ${max} bytes`));
      });
      data.once('error', (err: Error) => fail(err instanceof ZipReadError ? err : new ZipReadError(`cannot read ${name}: ${err.message}`)));
      data.once('end', () => done(Buffer.concat(chunks, seen)));
    });
  };
  const stream = async (name: string, max: number): Promise<Readable> => {
    const data = await openEntry(name, max);
    let seen = 0;
    const cap = new Transform({
      transform(chunk: Buffer, _enc, done) {
        seen += chunk.length;
        done(seen > max ? new ZipReadError(`${name} is larger than ${max} bytes`) : null, chunk);
      },
    });
    data.once('error', (err: Error) => cap.destroy(new ZipReadError(`cannot read ${name}: ${err.message}`)));
    // However the reader stops (done, too big, given up), the entry's file stream goes with it.
    cap.once('close', () => data.destroy());
    return data.pipe(cap);
  };
  const infos = [...byName.values()].map((e) => ({ name: e.fileName, size: e.uncompressedSize, compressionMethod: e.compressionMethod }));

  return {
    path,
    entries: () => infos,
    names: () => [...byName.keys()],
    skipped,
    has: (name) => byName.has(name),
    read: (name, max = limits.maxEntryBytes) => read(name, max),
    stream: (name, max = limits.maxEntryBytes) => stream(name, max),
    close: () => zip.close(),
  };
}
