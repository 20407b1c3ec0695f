import type { ZipWriterOptions } from './zip-writer.js';
export { entryNameProblem, safeEntryName } from './entry-name.js';
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
export declare function openSink(path: string, options?: SinkOptions): Promise<Sink>;
