import type { Job, JobStatus } from '../core/job.js';
import { UserError } from '../core/types.js';
import type { BatchBody, CaptureBody, SitemapBody } from '../api/contract.js';
import { parseRetryAfter } from '../util/retry-after.js';
export { parseRetryAfter };
export type { BatchBody, CaptureBody, SitemapBody };
export interface JobsClientOptions {
    /** The server's origin (and path prefix, if it sits behind one), e.g. https://shots.example.com. */
    apiUrl: string;
    apiKey?: string;
    fetch?: typeof fetch;
    /** First wait between polls; doubles (with jitter) up to maxPollIntervalMs. Default 1000. */
    pollIntervalMs?: number;
    /** Default 10000. */
    maxPollIntervalMs?: number;
    /** Time limit for one HTTP request (not for a download's body). Default 30 s. */
    requestTimeoutMs?: number;
    /** Extra attempts for a submit or read that hit a transient error (network, 5xx, 429). Default 2. */
    retries?: number;
    /** Longest wait the client honours from a Retry-After header. Default 30 s. */
    maxRetryAfterMs?: number;
}
export interface SubmitOptions {
    /** Makes a retried submit return the same job. Default: a fresh UUID, so the client's own retries are safe. */
    idempotencyKey?: string;
    signal?: AbortSignal;
}
export interface Submitted {
    job_id: string;
    status: JobStatus;
    /** The Job document, when the server answered with one (`async: false`, or a replayed Idempotency-Key). */
    job: Job | null;
}
export interface JobList {
    jobs: Job[];
    total: number;
    limit: number;
    offset: number;
}
export interface WaitOptions {
    /** Give up waiting (the job keeps running) after this long. Default 1 h. */
    pollTimeoutMs?: number;
    /** Called with every Job document polled. */
    onProgress?: (job: Job) => void;
    signal?: AbortSignal;
}
/** An error answer (or no answer) from the Jobs API; the message says what to do. */
export declare class JobsApiError extends UserError {
    /** HTTP status; 0 when the server could not be reached. */
    readonly status: number;
    readonly code: string | null;
    readonly field: string | null;
    /** From Retry-After, when the server sent one. */
    readonly retryAfterMs: number | null;
    name: string;
    constructor(message: string, 
    /** HTTP status; 0 when the server could not be reached. */
    status: number, code?: string | null, field?: string | null, 
    /** From Retry-After, when the server sent one. */
    retryAfterMs?: number | null);
    /** Worth trying again: the network, a server error, a full queue, a restart. */
    get transient(): boolean;
}
export declare class JobsClient {
    private readonly base;
    private readonly fetchImpl;
    private readonly apiKey;
    private readonly pollIntervalMs;
    private readonly maxPollIntervalMs;
    private readonly requestTimeoutMs;
    private readonly retries;
    private readonly maxRetryAfterMs;
    constructor(options: JobsClientOptions);
    submitCapture(body: CaptureBody, options?: SubmitOptions): Promise<Submitted>;
    submitBatch(body: BatchBody, options?: SubmitOptions): Promise<Submitted>;
    submitSitemap(body: SitemapBody, options?: SubmitOptions): Promise<Submitted>;
    get(id: string, options?: {
        signal?: AbortSignal;
    }): Promise<Job>;
    list(filter?: {
        status?: JobStatus;
        limit?: number;
        offset?: number;
    }, options?: {
        signal?: AbortSignal;
    }): Promise<JobList>;
    /** Cancels a job; a running one may still show `processing` for a moment while its pages in flight finish. */
    cancel(id: string, options?: {
        signal?: AbortSignal;
    }): Promise<Job>;
    /**
     * Streams the job's ZIP to `path` (through a temporary file, renamed when
     * complete) and checks it is a ZIP. Resolves to the bytes written.
     */
    download(id: string, path: string, options?: {
        signal?: AbortSignal;
    }): Promise<{
        path: string;
        bytes: number;
    }>;
    /**
     * Polls until the job is completed, partial or failed, with jittered
     * backoff (pollIntervalMs doubling to maxPollIntervalMs), honouring
     * Retry-After and riding out transient errors until pollTimeoutMs.
     */
    waitFor(id: string, options?: WaitOptions): Promise<Job>;
    private submit;
    /** Runs fn again after transient errors (network, 5xx, 429), honouring Retry-After. */
    private withRetries;
    private request;
}
