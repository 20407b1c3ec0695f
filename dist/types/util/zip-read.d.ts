import type { Readable } from 'node:stream';
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
export declare class ZipReadError extends Error {
    name: string;
}
/** Opens a ZIP and reads its directory; throws a ZipReadError when it is not a ZIP or breaks a limit. */
export declare function openZipReader(path: string, limits: ZipLimits): Promise<ZipReader>;
