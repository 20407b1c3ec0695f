import { UserError } from '../../core/types.js';
import type { RenderIn } from '../config.js';
import type { ResultStorage } from '../storage.js';
import type { S3StorageOptions } from '../storage-s3.js';
export interface WorkerLog {
    info(obj: object, msg: string): void;
    warn(obj: object, msg: string): void;
    error(obj: object, msg: string): void;
}
export interface WorkerConfig {
    /** redis://[user:password@]host:port[/db]: the same Redis the API servers use. */
    redis: string;
    /**
     * Without `storage`: the results folder shared with the API servers
     * (`dataDir/results`). With `storage`: this worker's own scratch folder
     * (optional; default the OS temp folder).
     */
    dataDir?: string;
    /** Where results go instead of dataDir: `s3://bucket/prefix` (the same as the API servers'), or a ResultStorage. */
    storage?: ResultStorage | string;
    /** With `storage: 's3://…'`: path-style addressing, part size, S3Client settings. */
    s3?: S3StorageOptions;
    /** Jobs this process renders at once. Default 1: each job already renders several pages at a time. */
    concurrency?: number;
    /** Pages rendered at once inside one job; default from cores and free memory. */
    pageConcurrency?: number;
    /** Chrome/Chromium executable; else discovered. */
    browserPath?: string;
    /**
     * 'child' (default): each job renders in a child process, so a renderer the
     * OOM killer takes ends neither this worker nor its locks' renewals: the job
     * goes back to the queue at once (up to maxAttempts). 'inline': in this process.
     */
    renderIn?: RenderIn;
    /** Signs webhooks; set the same secret as on the API servers. */
    webhookSecret?: string;
    /** Addresses jobs may reach that the egress guard would refuse (see ServerConfig.allowHosts). */
    allowHosts?: string[];
    /** How long a job's lock lasts without renewal: a killed worker's job is taken over after about this long. Default 30 s. */
    lockDurationMs?: number;
    /** How often this worker looks for jobs whose worker died. Default 30 s. */
    stalledIntervalMs?: number;
    /**
     * How long this worker's cancel inbox (its BullMQ Relay node) outlives a lost
     * Redis connection: a cancel sent meanwhile is read once it is back. After a
     * longer outage the node registers again and subscribes afresh, which
     * delivers the kept cancels. Default 30 s (BullMQ's lease).
     */
    relayLeaseMs?: number;
    log?: WorkerLog;
}
export interface FramecapWorker {
    /** This worker's name in BullMQ (host:pid:n), shown on the jobs it takes. */
    readonly name: string;
    /**
     * Stops taking jobs. Running jobs go back to the queue at once (another
     * worker starts them again), or with `finish` are let finish, up to timeoutMs.
     * Handing back waits for the pages in flight, up to handBackMs (6 s); when
     * that passes, or Redis is gone, close() rejects with a HandBackError after
     * a few seconds for the browser to close, instead of waiting for Redis.
     */
    close(options?: {
        finish?: boolean;
        timeoutMs?: number;
        handBackMs?: number;
    }): Promise<void>;
}
/**
 * close() could not hand the running jobs back in time: Redis was gone, or
 * the pages in flight took longer than handBackMs. Nothing is lost: the jobs'
 * locks expire and another worker's stalled-job check puts them back in the queue.
 */
export declare class HandBackError extends UserError {
    readonly jobs: number;
    readonly redisReachable: boolean;
    constructor(redis: string, jobs: number, redisReachable: boolean);
}
export declare function startWorker(input: WorkerConfig): Promise<FramecapWorker>;
