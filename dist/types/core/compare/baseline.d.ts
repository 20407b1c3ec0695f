import type { ManifestRow } from '../types.js';
import type { OutputLook } from '../output/manifest-check.js';
export { redactedUrl } from '../output/download.js';
/** The settings of the baseline run that decide whether its captures can stand in for this run's. */
export type BaselineLook = OutputLook;
export interface Baseline {
    /** Where it came from, safe to print: a path, or a URL without credentials or query. */
    readonly label: string;
    readonly jobId: string | null;
    readonly look: BaselineLook;
    /** Usable rows by captureKey: normalized URL, and variant. */
    readonly rows: ReadonlyMap<string, ManifestRow>;
    /** Rows dropped by the manifest checks. */
    readonly dropped: number;
    /** Whether the baseline holds this file (a checked relative name). */
    has(file: string): Promise<boolean>;
    /** The bytes of one file; throws when it is missing, unsafe or too large. */
    read(file: string): Promise<Buffer>;
    close(): Promise<void>;
}
export interface BaselineIO {
    fetch: typeof fetch;
}
export interface BaselineManifest {
    jobId: string | null;
    look: BaselineLook;
    /** Usable rows by captureKey (the first row wins when a page and variant repeat). */
    rows: Map<string, ManifestRow>;
    /** Rows dropped because a field failed its check. */
    dropped: number;
}
/**
 * A relative POSIX path that stays inside a folder or ZIP on every OS and
 * names an image (never manifest.json or index.html): what a baseline may ask us to read.
 */
export declare function isSafeBaselineFile(name: unknown): name is string;
/** Opens a baseline or throws a UserError saying what to pass instead. */
export declare function openBaseline(location: string, io?: Partial<BaselineIO>): Promise<Baseline>;
/** A baseline's manifest.json as comparing sees it; throws a UserError when it is no manifest at all. */
export declare function parseBaselineManifest(text: string, label: string): BaselineManifest;
