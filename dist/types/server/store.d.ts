import type { Job, JobStatus } from '../core/job.js';
import type { JobRequest } from './request.js';
import type { FailedUrl } from '../notify/payload.js';
/** A stored single capture (capture jobs): served at /v1/captures/:id.:ext. */
export interface StoredCapture {
    id: string;
    key: string;
    ext: string;
    contentType: string;
    /** --split: every part's key in page order (the first is `key`); absent for one image. */
    partKeys?: string[];
}
/** Where a capture job's image is served; the API makes it absolute (JobService.publicJob). */
export declare const capturePathOf: (capture: Pick<StoredCapture, "id" | "ext">) => string;
/** Where part `k` (from 1) of a split capture is served. */
export declare const capturePartPathOf: (capture: Pick<StoredCapture, "id" | "ext">, k: number) => string;
/** Every object a capture stored: deleted together when the result expires. */
export declare const captureKeysOf: (capture: StoredCapture) => string[];
/** A URL that could not be captured (the webhook payload's shape). */
export type Failure = FailedUrl;
export interface JobRecord {
    job: Job;
    /** SHA-256 of the API key that submitted the job (never the key itself). */
    owner: string;
    /** What to render. Carries header and cookie values: never returned by the API or logged. */
    request: JobRequest;
    idempotency: {
        key: string;
        fingerprint: string;
    } | null;
    /** Times a worker started this job (restarts re-run it from the start). */
    attempts: number;
    /** Storage key of the result ZIP, while it exists. */
    resultKey: string | null;
    capture: StoredCapture | null;
    /** Failed URLs, kept for webhook payloads (capped). */
    failures: Failure[];
    /** The webhook-id of the end-of-job event, kept so a re-send after a restart can be deduplicated. */
    webhookId: string | null;
    /**
     * The origin the job was submitted to (http://host:port), so its webhook can carry an absolute
     * image URL when the server has no publicUrl. Absent in records stored before it was kept.
     */
    origin?: string | null;
}
/**
 * What a status poll or a job list shows: the record without its request and
 * failures. A batch's request holds up to maxUrlsPerJob URLs (10,000 is about
 * 700 KB): copying it for every GET /v1/jobs/{id} took a poll's p50 from
 * 0.04 ms to 1.3 ms and its p90 to 13 ms (the copies' garbage), measured with
 * app.inject on an idle server.
 */
export type JobView = Pick<JobRecord, 'job' | 'owner' | 'capture' | 'origin'>;
export interface JobListFilter {
    owner: string;
    status?: JobStatus;
    limit: number;
    offset: number;
}
export interface JobStore {
    /** Loads what is stored; call once before anything else. */
    open(): Promise<void>;
    get(id: string): Promise<JobRecord | null>;
    /** The record's JobView: what answering a poll needs, without copying its request. */
    view(id: string): Promise<JobView | null>;
    /** Creates or replaces the record. */
    save(record: JobRecord): Promise<void>;
    delete(id: string): Promise<void>;
    /** Newest first. */
    list(filter: JobListFilter): Promise<{
        records: JobView[];
        total: number;
    }>;
    findByIdempotencyKey(owner: string, key: string): Promise<JobRecord | null>;
    findByCaptureId(captureId: string): Promise<JobRecord | null>;
    /** Every record, oldest first (recovery and sweeps). */
    all(): Promise<JobRecord[]>;
    /** Waits for pending writes. */
    close(): Promise<void>;
    /** For stores behind a network connection: whether it is up now. Absent: always (a local store). */
    readonly connected?: boolean;
}
export declare class FileJobStore implements JobStore {
    private readonly onCorrupt;
    private readonly records;
    private readonly idempotency;
    private readonly captures;
    /** One write chain per job, so an older snapshot never renames over a newer one. */
    private readonly writes;
    private readonly dir;
    constructor(dataDir: string, onCorrupt?: (file: string, err: Error) => void);
    open(): Promise<void>;
    get(id: string): Promise<JobRecord | null>;
    view(id: string): Promise<JobView | null>;
    save(record: JobRecord): Promise<void>;
    delete(id: string): Promise<void>;
    list(filter: JobListFilter): Promise<{
        records: JobView[];
        total: number;
    }>;
    findByIdempotencyKey(owner: string, key: string): Promise<JobRecord | null>;
    findByCaptureId(captureId: string): Promise<JobRecord | null>;
    all(): Promise<JobRecord[]>;
    close(): Promise<void>;
    private index;
    private enqueueWrite;
}
/** A copy of the parts a JobView shows (the embedded store's index keeps its record to itself). */
export declare function viewOf(r: JobRecord): JobView;
