import type { Writable } from 'node:stream';
export interface ZipWriterOptions {
    /** Write ZIP64 records even for small archives (tests, interop checks). */
    forceZip64?: boolean;
    /** Modification time stored for every entry; defaults to when the writer was created. */
    date?: Date;
}
/** DOS date/time in local time, as ZIP tools expect; clamped to the format's 1980–2107 range. */
export declare function dosDateTime(date: Date): {
    time: number;
    date: number;
};
export declare class ZipWriter {
    private readonly out;
    private readonly force;
    private readonly stamp;
    private readonly names;
    private readonly records;
    private offset;
    /** Writes run one at a time, in call order; this is the end of that line. */
    private tail;
    private failure;
    private finished;
    constructor(out: Writable, options?: ZipWriterOptions);
    get entryCount(): number;
    /** Bytes written so far (the archive size once finish() has resolved). */
    get size(): number;
    /**
     * Append one file. Calls may overlap: they are written in call order, and
     * each resolves once its bytes are handed to the OS, so at most the entries
     * of the callers currently waiting are held in memory.
     */
    add(name: string, data: Buffer): Promise<void>;
    /** Write the central directory and end records, then end the stream. */
    finish(): Promise<void>;
    private enqueue;
    private writeEntry;
    private writeCentralDirectory;
    private centralRecord;
    /** Resolves when the stream has handed `chunk` to the OS (its write callback). */
    private write;
}
