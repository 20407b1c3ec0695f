// The ZIP output: written under a hidden temporary name beside the target
// and renamed into place only once the archive is complete, so a crash or a
// full disk never leaves a truncated archive under the final name, and a ZIP
// from an earlier run stays as it was until the new one is whole.

import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import type { WriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { isSystemError, systemProblem } from '../describe-error.ts';
import { UserError } from '../types.ts';
import { makeFolders } from '../../util/make-folders.ts';
import { safeEntryName } from './entry-name.ts';
import type { Sink } from './index.ts';
import { ZipWriter } from './zip-writer.ts';
import type { ZipWriterOptions } from './zip-writer.ts';

/** The temporary name of a ZIP being written: hidden, beside it, unique per run (two runs never share one). */
export function partialZipName(final: string): string {
  return join(dirname(final), `.${basename(final)}.${process.pid}-${randomBytes(4).toString('hex')}.partial`);
}

export class ZipSink implements Sink {
  readonly kind = 'zip';
  private state: 'open' | 'closed' | 'aborted' = 'open';

  private constructor(
    readonly path: string,
    private readonly partial: string,
    private readonly stream: WriteStream,
    private readonly streamClosed: Promise<void>,
    private readonly writer: ZipWriter,
  ) {}

  static async open(path: string, options: ZipWriterOptions = {}): Promise<ZipSink> {
    const final = resolve(path);
    const existing = await stat(final).catch(() => null);
    if (existing?.isDirectory()) {
      throw new UserError(`cannot write the ZIP ${final}: a folder has that name; choose another output path`);
    }
    try {
      await makeFolders(dirname(final));
    } catch (err) {
      throw cannotWrite(final, err);
    }
    const partial = partialZipName(final);
    // 'wx': never write into a file someone else made under that name.
    const stream = createWriteStream(partial, { flags: 'wx' });
    const streamClosed = new Promise<void>((done) => stream.once('close', () => done()));
    try {
      await new Promise<void>((opened, failed) => {
        stream.once('open', () => opened());
        stream.once('error', failed);
      });
    } catch (err) {
      throw cannotWrite(final, err);
    }
    // The writer listens for 'error' from here on.
    return new ZipSink(final, partial, stream, streamClosed, new ZipWriter(stream, options));
  }

  async add(name: string, data: Buffer): Promise<void> {
    if (this.state !== 'open') throw new Error(`cannot add ${JSON.stringify(name)}: the ZIP is ${this.state}`);
    try {
      await this.writer.add(safeEntryName(name), data);
    } catch (err) {
      throw isSystemError(err) ? cannotWrite(this.path, err) : err;
    }
  }

  async close(): Promise<void> {
    if (this.state !== 'open') throw new Error(`cannot close the ZIP: it is already ${this.state}`);
    this.state = 'closed';
    try {
      await this.writer.finish();
      await this.streamClosed;
      await rename(this.partial, this.path);
    } catch (err) {
      await this.discard();
      throw cannotWrite(this.path, err);
    }
  }

  async abort(): Promise<void> {
    if (this.state === 'aborted') return;
    const wasClosed = this.state === 'closed';
    this.state = 'aborted';
    // A closed ZIP is complete and already under its final name: leave it.
    if (!wasClosed) await this.discard();
  }

  private async discard(): Promise<void> {
    this.stream.destroy();
    await this.streamClosed;
    await rm(this.partial, { force: true });
  }
}

function cannotWrite(path: string, err: unknown): UserError {
  const problem = isSystemError(err) ? systemProblem(err) : `${(err as Error).message}: check the output path`;
  return new UserError(`cannot write the ZIP ${path}: ${problem}`, { cause: err });
}
