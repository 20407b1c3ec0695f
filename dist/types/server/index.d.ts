import type { FastifyInstance } from 'fastify';
import type { ResolvedServerConfig, ServerConfig } from './config.js';
import type { JobQueue } from './queue.js';
import { JobService } from './service.js';
import type { ResultStorage } from './storage.js';
import type { JobStore } from './store.js';
import type { FramecapWorker, WorkerConfig } from './redis/worker.js';
export type { ServerConfig, ResolvedServerConfig, ShutdownMode, DownloadMode, RenderIn } from './config.js';
export type { JobQueue, JobProcessor, CancelOutcome, AbortReason, StopOptions } from './queue.js';
export type { JobStore, JobRecord, JobListFilter, StoredCapture, Failure } from './store.js';
export type { ResultStorage, StoredObject, ByteRange, PresignOptions } from './storage.js';
export type { S3StorageOptions } from './storage-s3.js';
export type { JobRequest } from './request.js';
export { EmbeddedQueue } from './queue.js';
export { FileJobStore } from './store.js';
export { DiskResultStorage, RangeNotSatisfiable, openResultStorage } from './storage.js';
export { buildOpenApi } from './openapi.js';
export { JobService } from './service.js';
export { hashKey } from './auth.js';
export type { WorkerConfig, FramecapWorker, WorkerLog, HandBackError } from './redis/worker.js';
/** A render worker for `createServer({ redis })`: takes jobs from Redis, writes results to the shared storage. */
export declare function startWorker(config: WorkerConfig): Promise<FramecapWorker>;
export interface FramecapServer {
    app: FastifyInstance;
    config: ResolvedServerConfig;
    service: JobService;
    queue: JobQueue;
    store: JobStore;
    storage: ResultStorage;
    /** Starts the queue workers and listens; resolves to the origin, e.g. http://127.0.0.1:8080. */
    start(): Promise<string>;
    /** Refuses new jobs, stops (or finishes, per onShutdown) running ones, closes HTTP and the store. Safe to call twice. */
    close(): Promise<void>;
}
export declare function createServer(input: ServerConfig): Promise<FramecapServer>;
