import type { Sink } from './index.js';
import type { ZipWriterOptions } from './zip-writer.js';
/** The temporary name of a ZIP being written: hidden, beside it, unique per run (two runs never share one). */
export declare function partialZipName(final: string): string;
export declare class ZipSink implements Sink {
    readonly path: string;
    private readonly partial;
    private readonly stream;
    private readonly streamClosed;
    private readonly writer;
    readonly kind = "zip";
    private state;
    private constructor();
    static open(path: string, options?: ZipWriterOptions): Promise<ZipSink>;
    add(name: string, data: Buffer): Promise<void>;
    close(): Promise<void>;
    abort(): Promise<void>;
    private discard;
}
