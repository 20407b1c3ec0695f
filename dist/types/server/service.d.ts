import type { Job, JobStatus, JobType } from '../core/job.js';
import type { ResolvedServerConfig } from './config.js';
import type { JobQueue } from './queue.js';
import type { AnyBody } from './request.js';
import type { ByteRange, PresignOptions, ResultStorage, StoredObject } from './storage.js';
import type { JobRecord, JobStore, JobView } from './store.js';
import type { WebhookDeliveries } from './webhook-delivery.js';
export type { Notifier } from './webhook-delivery.js';
export { isFinal } from './job-lifecycle.js';
export interface ServiceDeps {
    config: ResolvedServerConfig;
    store: JobStore;
    storage: ResultStorage;
    queue: JobQueue;
    deliveries: WebhookDeliveries;
    log: {
        warn(obj: object, msg: string): void;
        error(obj: object, msg: string): void;
    };
    now?: () => Date;
}
export interface Submitted {
    record: JobRecord;
    /** An earlier request with the same Idempotency-Key made this job. */
    replay: boolean;
}
type FileInfo = Omit<PresignOptions, 'expiresInSeconds'>;
/** Bytes the server streams. */
export interface Download extends StoredObject, FileInfo {
}
/** A URL the client fetches the bytes from instead (--download presign). */
export interface Redirect {
    redirect: string;
}
export type Delivery = Download | Redirect;
export declare class JobService {
    private readonly deps;
    private closing;
    private lastCreatedMs;
    private readonly inflightSubmits;
    private readonly now;
    constructor(deps: ServiceDeps);
    get isClosing(): boolean;
    /**
     * After a restart: jobs that were processing start again from the beginning,
     * pending ones are queued in submission order, and webhooks that had not
     * been delivered are sent.
     */
    recover(): Promise<void>;
    /** `origin`: where the request was sent (requestOrigin), kept for the job's webhook. */
    submit(owner: string, type: JobType, body: AnyBody, idempotencyKey: string | null, origin?: string | null): Promise<Submitted>;
    private replayOf;
    private create;
    get(owner: string, id: string): Promise<JobRecord>;
    /** What GET /v1/jobs/{id} answers from: the job without its request (see JobView). */
    view(owner: string, id: string): Promise<JobView>;
    list(owner: string, filter: {
        status?: JobStatus;
        limit: number;
        offset: number;
    }): Promise<{
        records: JobView[];
        total: number;
    }>;
    /** Pending jobs end at once (canceled); running ones are stopped and end canceled shortly after, keeping the pages captured so far. */
    cancel(owner: string, id: string): Promise<{
        record: JobRecord;
        stopping: boolean;
    }>;
    download(owner: string, id: string, range?: ByteRange): Promise<Delivery>;
    /** A capture job's image by capture id (or job id). */
    captureFile(owner: string, id: string, ext: string, range?: ByteRange): Promise<Delivery>;
    /** The capture job an image URL names, checked: the caller's, a capture job, still downloadable, in the format asked for. */
    private capturedBy;
    /** Part `k` (from 1) of a capture job's split image, by capture id (or job id). */
    capturePart(owner: string, id: string, k: number, ext: string, range?: ByteRange): Promise<Delivery>;
    private deleteCapture;
    /** The stored object, streamed or (with --download presign) as a presigned URL that lives no longer than the result. */
    private serve;
    private assertDownloadable;
    /** Polls until the job ends, the timeout passes or the server closes; returns the latest record. */
    waitForEnd(id: string, timeoutMs: number): Promise<JobRecord>;
    /** Deletes expired results, and job documents past their retention. */
    sweep(): Promise<{
        expired: number;
        deleted: number;
    }>;
    /** The runner's (and cancel's) hook: a job reached its final status. */
    jobFinished(record: JobRecord): void;
    /** Webhook deliveries still in flight. */
    pendingDeliveries(): Promise<unknown>;
    /** The Job document as the API and webhooks show it (see publicJob). */
    publicJob(record: JobView, origin?: string | null): Job;
    beginClose(): void;
}
