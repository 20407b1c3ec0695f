// Where captures go: one ZIP (streamed, entries stored) or a folder. Both
// take whole files one at a time, keep nothing after writing them, and never
// leave a half-written file under its final name.

import { DirSink } from './dir-sink.ts';
import { ZipSink } from './zip-sink.ts';
import type { ZipWriterOptions } from './zip-writer.ts';

export { entryNameProblem, safeEntryName } from './entry-name.ts';

export interface Sink {
  /** Write one file (relative POSIX path incl. extension). Resolves once the bytes are handed to the OS (backpressure: never buffers more than a few entries). */
  add(name: string, data: Buffer): Promise<void>;
  /** Finish the archive / folder; the caller adds manifest.json (or any last file) before. */
  close(): Promise<void>;
  /** Stop and remove a partial output (used when the run could not start or the output broke). */
  abort(): Promise<void>;
  /** Absolute path of the ZIP or folder. */
  readonly path: string;
  readonly kind: 'zip' | 'dir';
}

export type SinkOptions = ZipWriterOptions;

/** A path ending in .zip (any case) writes a ZIP; anything else is a folder. Parent folders are created. */
export async function openSink(path: string, options: SinkOptions = {}): Promise<Sink> {
  return /\.zip$/i.test(path) ? ZipSink.open(path, options) : DirSink.open(path);
}
