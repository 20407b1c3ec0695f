import type { Location } from './location.js';
export type FetchFn = (url: string, init: {
    signal: AbortSignal;
    headers: Record<string, string>;
}) => Promise<Response>;
export interface ReadLimits {
    maxBytes: number;
    timeoutMs: number;
    userAgent: string;
    /** Aborted when discovery is stopped by its consumer. */
    signal: AbortSignal;
}
export interface SourceText {
    text: string;
    /** The byte cap was reached: the text is a prefix of the file. */
    cutAtCap: boolean;
    /** Compressed data ended early or was damaged after some output: the text is a prefix. */
    damaged: string | null;
}
export declare function readLocation(loc: Location, limits: ReadLimits, fetchFn: FetchFn): Promise<SourceText>;
