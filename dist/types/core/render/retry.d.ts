import { parseRetryAfter } from '../../util/retry-after.js';
export { parseRetryAfter };
export interface BackoffPolicy {
    /** Delay before the first retry, ms (doubles each retry). */
    baseMs: number;
    /** Upper bound for one computed delay, ms. */
    maxMs: number;
    /** Upper bound for a server's Retry-After, ms: a page must not stall a run for an hour. */
    maxRetryAfterMs: number;
}
export declare const DEFAULT_BACKOFF: BackoffPolicy;
/**
 * Delay before retry number `retry` (1-based): base·2^(retry-1), capped, with
 * "equal jitter" (half fixed, half random), never shorter than the server's
 * Retry-After (itself capped).
 */
export declare function backoffDelay(retry: number, policy: BackoffPolicy, retryAfterMs?: number | null, random?: () => number): number;
export declare function sleep(ms: number): Promise<void>;
