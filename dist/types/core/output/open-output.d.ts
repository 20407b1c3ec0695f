import type { SkippedEntry } from '../../util/zip-read.js';
import type { CheckedManifest } from './manifest-check.js';
export interface FramecapOutput {
    /** Where it came from, safe to print: the path as given, or the URL without credentials or query. */
    readonly path: string;
    /** `path`, with the role it was opened for ("baseline …"): the start of every message about it. */
    readonly label: string;
    readonly kind: 'zip' | 'dir' | 'url';
    readonly manifest: CheckedManifest;
    /** Files that can be read (relative POSIX paths), manifest.json included; for a URL, the files its manifest names. */
    names(): string[];
    /** ZIP entries that cannot be read (an unsafe name, a name's second entry). */
    readonly skipped: readonly SkippedEntry[];
    /** Whether the output holds this file; for a URL, only whether the name is one that could be fetched. */
    has(name: string): Promise<boolean>;
    /** The bytes of one file; a UserError when it is missing, unsafe or bigger than `max`. */
    read(name: string, max?: number): Promise<Buffer>;
    close(): Promise<void>;
}
export interface OpenOutputOptions {
    /** What the output is for, put before its path in messages: "baseline". */
    role?: string;
    /** Said after every problem with the output itself: what to pass instead. */
    hint?: string;
    fetch?: typeof fetch;
}
/** Opens an output or throws a UserError that names it and says what is wrong. */
export declare function openOutput(location: string, options?: OpenOutputOptions): Promise<FramecapOutput>;
