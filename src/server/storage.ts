// Where finished results (ZIPs, single captures) are kept. The embedded
// storage is a folder (dataDir/results); object storage can implement the
// same interface.

import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface StoredObject {
  stream: Readable;
  size: number;
}

export interface ResultStorage {
  /** Stores the bytes under key (`<job_id>.zip`, `captures/<cap_id>.png`), replacing any older ones. */
  put(key: string, body: Readable): Promise<{ size: number }>;
  /** The stored bytes, or null when there are none (never stored, deleted, expired). */
  get(key: string): Promise<StoredObject | null>;
  delete(key: string): Promise<void>;
}

const SAFE_KEY = /^[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)*\.[a-z0-9]+$/;

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

  async get(key: string): Promise<StoredObject | null> {
    const path = this.pathOf(key);
    let size: number;
    try {
      size = (await stat(path)).size;
    } catch {
      return null;
    }
    return { stream: createReadStream(path), size };
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    // Keys are built by the server from job and capture ids; refuse anything else outright.
    if (!SAFE_KEY.test(key)) throw new Error(`invalid storage key: ${key}`);
    return join(this.root, ...key.split('/'));
  }
}
