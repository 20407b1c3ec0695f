// Where finished results (ZIPs, single captures) are kept: a folder
// (dataDir/results, the default) or an S3-compatible bucket (storage-s3.ts).
// Everything above this interface (service, runner, workers, routes) works
// the same with either.

import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { UserError } from '../core/types.ts';
import type { S3StorageOptions } from './storage-s3.ts';

/** Part of an object, as an HTTP Range asks for it: bytes start..end (inclusive; end defaults to the last byte), or the last `suffix` bytes. */
export type ByteRange = { start: number; end?: number } | { suffix: number };

export interface StoredObject {
  stream: Readable;
  /** Size of the whole object, also when only a range of it is streamed. */
  size: number;
  /** The bytes streamed (inclusive), when a range was asked for. */
  range?: { start: number; end: number };
}

/** The range asked for starts past the end of the object (HTTP 416). */
export class RangeNotSatisfiable extends Error {
  constructor(readonly size: number) {
    super(`the range starts past the end of the object (${size} bytes)`);
  }
}

/** Options of a URL that serves an object without this server. */
export interface PresignOptions {
  /** Lifetime of the URL. */
  expiresInSeconds: number;
  /** The name and type the download gets (Content-Disposition, Content-Type). */
  filename: string;
  contentType: string;
  disposition: 'attachment' | 'inline';
}

export interface ResultStorage {
  /** Stores the bytes under key (`<job_id>.zip`, `captures/<cap_id>.png`), replacing any older ones. */
  put(key: string, body: Readable): Promise<{ size: number }>;
  /** The stored bytes (or the range of them asked for), or null when there are none (never stored, deleted, expired). */
  get(key: string, range?: ByteRange): Promise<StoredObject | null>;
  /** Removes the object; removing one that is not there is not an error. */
  delete(key: string): Promise<void>;
  /**
   * A URL anyone holding it may GET the object from, for expiresInSeconds.
   * Only backends that can hand out such URLs (object storage) have it.
   */
  presign?(key: string, options: PresignOptions): Promise<string>;
  /** Where the results are, for start-up lines and logs, without secrets: `folder /data/results`, `s3://bucket/prefix`. */
  describe(): string;
  /** Lets go of connections; called by whoever opened the storage (createServer, startWorker for an `s3://` URL). */
  close?(): Promise<void>;
}

const SAFE_KEY = /^[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)*\.[a-z0-9]+$/;

/** Keys are built by the server from job and capture ids; refuse anything else outright. */
export function checkKey(key: string): string {
  if (!SAFE_KEY.test(key)) throw new Error(`invalid storage key: ${key}`);
  return key;
}

/** A range against an object of `size` bytes, as inclusive offsets; throws RangeNotSatisfiable past the end. */
export function resolveRange(range: ByteRange, size: number): { start: number; end: number } {
  if ('suffix' in range) {
    if (size === 0 || range.suffix === 0) throw new RangeNotSatisfiable(size);
    return { start: Math.max(0, size - range.suffix), end: size - 1 };
  }
  if (range.start >= size) throw new RangeNotSatisfiable(size);
  return { start: range.start, end: Math.min(range.end ?? size - 1, size - 1) };
}

export class DiskResultStorage implements ResultStorage {
  private readonly root: string;

  constructor(dataDir: string) {
    this.root = join(dataDir, 'results');
  }

  async put(key: string, body: Readable): Promise<{ size: number }> {
    const path = this.pathOf(key);
    await mkdir(dirname(path), { recursive: true, mode: 0o700 });
    const tmp = `${path}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      await pipeline(body, createWriteStream(tmp, { mode: 0o600 }));
      await rename(tmp, path);
    } catch (err) {
      await rm(tmp, { force: true });
      throw err;
    }
    return { size: (await stat(path)).size };
  }

  async get(key: string, range?: ByteRange): Promise<StoredObject | null> {
    const path = this.pathOf(key);
    let size: number;
    try {
      size = (await stat(path)).size;
    } catch {
      return null;
    }
    if (!range) return { stream: createReadStream(path), size };
    const part = resolveRange(range, size);
    return { stream: createReadStream(path, part), size, range: part };
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  describe(): string {
    return `folder ${this.root}`;
  }

  private pathOf(key: string): string {
    return join(this.root, ...checkKey(key).split('/'));
  }
}

/**
 * The storage a server or worker was configured with: a ResultStorage as
 * is; `s3://bucket/prefix` for a bucket (the AWS SDK is loaded only then),
 * checked with a write, read and delete; nothing for the folder dataDir/results.
 */
export async function openResultStorage(
  spec: ResultStorage | string | undefined, dataDir: string, s3: S3StorageOptions = {},
): Promise<ResultStorage> {
  if (spec === undefined || spec === '') return new DiskResultStorage(dataDir);
  if (typeof spec !== 'string') return spec;
  if (!spec.startsWith('s3://')) {
    throw new UserError(`--storage must be an S3 URL such as s3://my-bucket/framecap (got "${spec}"); leave it out to keep results in --data-dir`);
  }
  const { S3ResultStorage } = await import('./storage-s3.ts');
  const storage = new S3ResultStorage(spec, s3);
  try {
    await storage.check();
  } catch (err) {
    await storage.close();
    throw new UserError(`the results storage does not work: ${(err as Error).message}`);
  }
  return storage;
}
