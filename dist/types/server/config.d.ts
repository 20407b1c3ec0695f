import type { FastifyServerOptions } from 'fastify';
import type { EgressPolicy, LookupFn } from '../core/net/guard.js';
import type { JobQueue } from './queue.js';
import type { ResultStorage } from './storage.js';
import type { S3StorageOptions } from './storage-s3.js';
import type { JobStore } from './store.js';
/** What happens to running jobs when the server closes. */
export type ShutdownMode = 
/** Stop the pages in flight and put the job back in the queue; the next start renders it again. */
'requeue'
/** Let running jobs finish (up to shutdownTimeoutMs, then requeue). */
 | 'finish';
/** Where the embedded queue renders a job. */
export type RenderIn = 
/** A child process per job: the API's event loop only answers requests (p99 of a status poll stays low while a batch renders). */
'child'
/** This process: no process start per job (about 0.3 s), but status polls wait behind rendering. */
 | 'inline';
/** How GET /v1/jobs/:id/download and /v1/captures/… hand out results. */
export type DownloadMode = 
/** The server streams the bytes from storage. */
'proxy'
/** The server answers 302 to a presigned URL of the object (object storage only); the bytes never pass through it. */
 | 'presign';
export interface ServerConfig {
    /** Folder for job documents, results and work files; created when missing. */
    dataDir: string;
    /** Bearer keys. Each key sees only the jobs it submitted. */
    apiKeys?: string[];
    /** Run without keys (local testing only): the server then binds to 127.0.0.1. */
    allowNoAuth?: boolean;
    /** Default 127.0.0.1; use 0.0.0.0 in a container. */
    host?: string;
    /** Default 8080; 0 picks a free port. */
    port?: number;
    /** Public origin (e.g. https://shots.example.com) of image URLs (result.url) and download URLs; without it image URLs use the request's origin and download URLs are paths. */
    publicUrl?: string;
    /** Jobs rendered at once. Default 1: each job already renders several pages at a time. */
    workers?: number;
    /** Pages rendered at once inside one job; default from cores and free memory. */
    pageConcurrency?: number;
    /** Jobs waiting in the queue before POSTs get 429. Default 100. */
    maxQueued?: number;
    /** Most URLs one batch or sitemap job may capture. Default 10,000. */
    maxUrlsPerJob?: number;
    /** How long results stay downloadable. Default 24 h. */
    resultTtlMs?: number;
    /** How long a job document is kept after its results expire (or it ended without results). Default 7 days. */
    jobRetentionMs?: number;
    /** How often expired results are deleted. Default 10 min. */
    sweepIntervalMs?: number;
    /** Largest accepted request body. Default 1 MiB. */
    bodyLimitBytes?: number;
    /** Longest a client may take to send one request (headers and body): slow clients are cut off. Default 30 s. */
    requestTimeoutMs?: number;
    /** How long `async: false` waits before answering 202 instead. Default 120 s. */
    syncTimeoutMs?: number;
    onShutdown?: ShutdownMode;
    /** Embedded queue: render each job in a child process (default) or in this one. A job whose options hold a function (a test's dnsLookup) renders here. */
    renderIn?: RenderIn;
    /** With onShutdown 'finish': how long close() waits for running jobs. Default 60 s. */
    shutdownTimeoutMs?: number;
    /** Retry-After sent with 429. Default 30 s. */
    retryAfterSeconds?: number;
    /** A job that was interrupted this many times (crashes, restarts) fails instead of starting again. Default 3. */
    maxAttempts?: number;
    /** Chrome/Chromium executable; else discovered (CHROME_PATH is not read by the server). */
    browserPath?: string;
    /** Secret that signs webhook deliveries (Standard Webhooks); without it deliveries are unsigned. */
    webhookSecret?: string;
    /** Fastify's logger option. Default off. */
    logger?: FastifyServerOptions['logger'];
    /**
     * What jobs may reach that the egress guard would refuse (loopback, private,
     * link-local, metadata … addresses). Entries: a host name
     * (`intranet.example.com`, `*.corp.example.com`), an address (`10.0.0.5`,
     * `[fd00::5]`), a network (`10.0.0.0/8`), each optionally with `:port`
     * (`127.0.0.1:3000`). Default: none, every public address only.
     */
    allowHosts?: string[];
    /** The egress guard's DNS lookup (tests give names fixed answers). Default: the system resolver. */
    dnsLookup?: LookupFn;
    /**
     * redis://host:port: keep jobs in Redis and queue them with BullMQ for render
     * workers (`framecap worker`, startWorker) in other processes or machines;
     * this server then renders nothing itself. Default: the embedded queue.
     */
    redis?: string;
    /** Replace the embedded implementations (a Redis-backed queue and store). */
    queue?: JobQueue;
    store?: JobStore;
    /**
     * Where results go: `s3://bucket/prefix` for an S3-compatible bucket (set
     * `s3` for path-style addressing or client settings), or a ResultStorage of
     * your own. Default: the folder dataDir/results.
     */
    storage?: ResultStorage | string;
    /** With `storage: 's3://…'`: path-style addressing, part size, S3Client settings. */
    s3?: S3StorageOptions;
    /** 'proxy' (default): downloads stream through the server; 'presign': 302 to a presigned URL (object storage only). */
    download?: DownloadMode;
}
export interface ResolvedServerConfig {
    dataDir: string;
    apiKeys: string[];
    allowNoAuth: boolean;
    host: string;
    port: number;
    publicUrl: string | null;
    workers: number;
    pageConcurrency: number | null;
    maxQueued: number;
    maxUrlsPerJob: number;
    resultTtlMs: number;
    jobRetentionMs: number;
    sweepIntervalMs: number;
    bodyLimitBytes: number;
    requestTimeoutMs: number;
    syncTimeoutMs: number;
    onShutdown: ShutdownMode;
    renderIn: RenderIn;
    shutdownTimeoutMs: number;
    retryAfterSeconds: number;
    maxAttempts: number;
    browserPath: string | null;
    webhookSecret: string | null;
    logger: FastifyServerOptions['logger'];
    redis: string | null;
    download: DownloadMode;
    /** The egress guard every job runs with: the browser, sitemap fetches and webhooks. */
    egress: EgressPolicy;
}
export declare function resolveServerConfig(config: ServerConfig): ResolvedServerConfig;
