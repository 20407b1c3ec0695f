/** Milliseconds to wait, or null when the header is absent or not understood. */
export declare function parseRetryAfter(value: string | null | undefined, nowMs?: number): number | null;
