import type { ManifestSettings } from '../manifest.js';
import type { Cookie, CompareOptions } from '../options.js';
import type { ChangeReport, ManifestRow, Target, Warn } from '../types.js';
import type { Baseline, BaselineIO } from './baseline.js';
export { hasChanges } from './report.js';
export { openBaseline, redactedUrl } from './baseline.js';
export type { Baseline } from './baseline.js';
export { compareImages, diffRgba, decodeRgba } from './diff.js';
export { checkUnchanged, cookieHeader } from './unchanged.js';
export type { Verdict, CheckOptions } from './unchanged.js';
export { isSafeBaselineFile, parseBaselineManifest } from './baseline.js';
export declare const MAX_PARALLEL_COMPARES = 2;
/** Writes one file to the run's output; run.ts turns its failures into the run's fatal error. */
export type WriteOutput = (name: string, data: Buffer) => Promise<void>;
export interface ChangeFields {
    change: 'new' | 'changed' | 'unchanged';
    changed_share?: number;
    diff?: string;
    side_by_side?: string;
}
export interface ChangeSession {
    readonly baseline: Baseline;
    /** False when the baseline was captured with other settings: its captures cannot stand in for this run's. */
    readonly canReuse: boolean;
    /**
     * --incremental: when the page is unchanged, writes the baseline's capture
     * and its companion (a still's thumbnail, a video's poster) under this run's
     * names and returns its row; null = render it. Throws only when writing fails.
     */
    reuse(target: Target, file: string, companion: string | null): Promise<ManifestRow | null>;
    /**
     * How a rendered capture compares with the baseline's; writes
     * changes/<name>.diff.png and .side.png for changed pages. `images` are the
     * stills compared: the capture, a video's poster, or (--split) each part in order.
     */
    compare(target: Target, row: ManifestRow, images: readonly Buffer[]): Promise<ChangeFields>;
    close(): Promise<void>;
}
export interface SessionOptions {
    compare: CompareOptions;
    /** This run's output path: a folder output cannot also be the baseline (its files would be replaced while being compared). */
    output: string;
    /** This run's settings, to tell whether the baseline's captures look like this run's would. */
    settings: Omit<ManifestSettings, 'browser' | 'concurrency' | 'header_names' | 'cookie_names' | 'quality' | 'wait_until' | 'color_scheme'>;
    headers: Record<string, string>;
    cookies: Cookie[];
    userAgent: string;
    timeoutMs: number;
    write: WriteOutput;
    warn: Warn;
    io?: Partial<BaselineIO>;
}
/** Opens the baseline (a UserError when it cannot be read) and returns the session. */
export declare function openChangeSession(options: SessionOptions): Promise<ChangeSession>;
/** manifest.changes from this run's rows and the baseline pages it did not plan. */
export declare function changeReport(baseline: Baseline, rows: readonly ManifestRow[], removed: ChangeReport['removed']): ChangeReport;
/**
 * Baseline pages that this run would have planned but discovery no longer
 * lists. `inScope` applies this run's include/exclude and shard; `seen` says
 * whether discovery listed the URL.
 */
export declare function removedPages(baseline: Baseline, inScope: (url: string) => boolean, seen: (url: string) => boolean): ChangeReport['removed'];
