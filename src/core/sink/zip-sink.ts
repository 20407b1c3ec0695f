// The ZIP output: written to "<path>.partial" and renamed on close, so a
// crash or a full disk never leaves a truncated archive under the final name.

import { createWriteStream } from 'node:fs';
import type { WriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { UserError } from '../types.ts';
import { ioProblem } from './io-problem.ts';
import { safeEntryName } from './entry-name.ts';
import type { Sink } from './index.ts';
import { ZipWriter } from './zip-writer.ts';
import type { ZipWriterOptions } from './zip-writer.ts';

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
    const partial = `${final}.partial`;
    const existing = await stat(final).catch(() => null);
    if (existing?.isDirectory()) {
      throw new UserError(`cannot write the ZIP ${final}: a folder has that name; choose another output path`);
    }
    try {
      await mkdir(dirname(final), { recursive: true });
    } catch (err) {
      throw cannotWrite(final, err);
    }
    const stream = createWriteStream(partial);
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
    await this.writer.add(safeEntryName(name), data);
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
  return new UserError(`cannot write the ZIP ${path}: ${ioProblem(err)}`);
}
