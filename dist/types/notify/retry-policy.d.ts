import { parseRetryAfter } from '../util/retry-after.js';
export { parseRetryAfter };
/** Full jitter (AWS "Exponential Backoff And Jitter"): many senders retrying one receiver spread out. */
export declare const BACKOFF: {
    readonly baseMs: 500;
    readonly factor: 2;
    readonly capMs: 30000;
};
/** Wait before retry number `retry` (1 = the wait after the first attempt): random in [0, min(cap, base·2^(retry-1))). */
export declare function backoffMs(retry: number, random?: () => number): number;
export type AttemptOutcome = {
    kind: 'delivered';
    status: number;
} | {
    kind: 'retry';
    status: number | null;
    reason: string;
    retryAfterMs: number | null;
} | {
    kind: 'fatal';
    status: number | null;
    reason: string;
};
/** What an HTTP answer means for the delivery. */
export declare function classifyResponse(status: number, headers: Headers, nowMs: number): AttemptOutcome;
/** What a thrown fetch error means. `timeoutMs` is the limit this attempt had. */
export declare function classifyError(err: unknown, timeoutMs: number): AttemptOutcome;
/** "300 ms", "1.5 s", "12 s": waits and limits as people read them. */
export declare function seconds(ms: number): string;
