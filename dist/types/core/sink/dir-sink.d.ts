import type { Sink } from './index.js';
export declare class DirSink implements Sink {
    readonly path: string;
    private readonly realRoot;
    /** The topmost folder open() had to create (the root or an ancestor), if any. */
    private readonly createdTop;
    readonly kind = "dir";
    private state;
    private readonly names;
    /** Files we wrote, and the topmost folders we created: what abort() removes. */
    private readonly written;
    private readonly createdDirs;
    private readonly inFlight;
    private tempCounter;
    private constructor();
    static open(path: string): Promise<DirSink>;
    add(name: string, data: Buffer): Promise<void>;
    private write;
    close(): Promise<void>;
    abort(): Promise<void>;
}
