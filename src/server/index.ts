// The queue server: `framecap serve`, or embedded in another program.
//
//   const server = await createServer({ dataDir: './data', apiKeys: [key] });
//   const origin = await server.start();   // queue workers + HTTP
//   …
//   await server.close();                  // stop taking jobs, requeue or finish running ones

import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { isSystemError, systemProblem } from '../core/describe-error.ts';
import { UserError } from '../core/types.ts';
import { webhookKey } from '../notify/webhook.ts';
import { createApp, registerRoutes } from './app.ts';
import { resolveServerConfig } from './config.ts';
import type { ResolvedServerConfig, ServerConfig } from './config.ts';
import { acquireDataDirLock } from './lock.ts';
import { describeRedisUrl } from './redis/url.ts';
import { EmbeddedQueue } from './queue.ts';
import type { JobQueue } from './queue.ts';
import { createProcessor } from './runner.ts';
import { JobService } from './service.ts';
import { openResultStorage } from './storage.ts';
import type { ResultStorage } from './storage.ts';
import { FileJobStore } from './store.ts';
import type { JobStore } from './store.ts';
import { WebhookDeliveries } from './webhook-delivery.ts';
import { createNotifier } from './webhooks.ts';
import type { FramecapWorker, WorkerConfig } from './redis/worker.ts';

export type { ServerConfig, ResolvedServerConfig, ShutdownMode, DownloadMode, RenderIn } from './config.ts';
export type { JobQueue, JobProcessor, CancelOutcome, AbortReason, StopOptions } from './queue.ts';
export type { JobStore, JobRecord, JobListFilter, StoredCapture, Failure } from './store.ts';
export type { ResultStorage, StoredObject, ByteRange, PresignOptions } from './storage.ts';
export type { S3StorageOptions } from './storage-s3.ts';
export type { JobRequest } from './request.ts';
export { EmbeddedQueue } from './queue.ts';
export { FileJobStore } from './store.ts';
export { DiskResultStorage, RangeNotSatisfiable, openResultStorage } from './storage.ts';
export { buildOpenApi } from './openapi.ts';
export { JobService } from './service.ts';
export { hashKey } from './auth.ts';
export type { WorkerConfig, FramecapWorker, WorkerLog, HandBackError } from './redis/worker.ts';

/** A render worker for `createServer({ redis })`: takes jobs from Redis, writes results to the shared storage. */
export async function startWorker(config: WorkerConfig): Promise<FramecapWorker> {
  const { startWorker: start } = await import('./redis/worker.ts');
  return start(config);
}

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

const MAX_WEBHOOK_WAIT_ON_CLOSE_MS = 10_000;

export async function createServer(input: ServerConfig): Promise<FramecapServer> {
  const config = resolveServerConfig(input);
  if (config.webhookSecret) webhookKey(config.webhookSecret);
  await mkdir(config.dataDir, { recursive: true, mode: 0o700 });
  // Two servers on one embedded store would run every job twice. With Redis, any number may share it.
  const releaseLock = input.store || config.redis ? async () => {} : await acquireDataDirLock(config.dataDir);
  let closeStorage = async (): Promise<void> => {};

  try {
    const app = createApp(config);
    const log = app.log;
    // Loaded only when asked for: the embedded server needs no Redis client.
    const redis = config.redis ? await import('./redis/backend.ts') : null;
    const store = input.store
      ?? (redis && config.redis ? redis.redisStore(config.redis)
        : new FileJobStore(config.dataDir, (file, err) => log.warn({ file, err }, 'skipped an unreadable job file')));
    await store.open();
    const storage = await openResultStorage(input.storage, config.dataDir, input.s3);
    // A storage the caller passed in is the caller's to close.
    if (typeof input.storage !== 'object') closeStorage = () => storage.close?.() ?? Promise.resolve();
    if (config.download === 'presign' && !storage.presign) {
      throw new UserError(`--download presign needs object storage that can sign URLs (--storage s3://bucket/prefix); results in ${storage.describe()} are served with --download proxy`);
    }
    const queue = input.queue
      ?? (redis && config.redis ? await redis.redisQueue(config.redis, config)
        : new EmbeddedQueue(config.workers, (jobId, err) => log.error({ err, jobId }, 'job processor crashed')));
    const deliveries = new WebhookDeliveries({ store, notify: createNotifier(config.webhookSecret, log, config.egress), publicUrl: config.publicUrl, log });
    const service = new JobService({ config, store, storage, queue, deliveries, log });
    const workDir = join(config.dataDir, 'work');
    if (!redis) {
      // Leftovers of runs a crash interrupted; those jobs start again from the beginning.
      await rm(workDir, { recursive: true, force: true });
      await mkdir(workDir, { recursive: true, mode: 0o700 });
    }
    const processor = createProcessor({
      config, store, storage, workDir, log, renderIn: config.renderIn,
      finished: (record) => service.jobFinished(record),
    });
    registerRoutes(app, { config, service, queue });
    // With Redis, running jobs belong to the workers: only jobs never queued are queued.
    if (redis) await redis.requeueUnqueued(store, queue);
    else await service.recover();
    await app.ready();

    let sweeper: NodeJS.Timeout | undefined;
    let closing: Promise<void> | null = null;
    const sweep = (): void => {
      service.sweep().catch((err: unknown) => log.error({ err }, 'sweep of expired results failed'));
    };

    const server: FramecapServer = {
      app, config, service, queue, store, storage,
      async start() {
        if (closing) throw new Error('the server was closed: create a new one');
        await queue.start(processor);
        let origin: string;
        try {
          origin = await app.listen({ host: config.host, port: config.port });
        } catch (err) {
          // Nothing may keep running (queue workers, the data folder's lock) for a server that never listened.
          await server.close();
          throw isSystemError(err) ? new UserError(`cannot start the queue server: ${systemProblem(err)}`, { cause: err }) : err;
        }
        sweep();
        sweeper = setInterval(sweep, config.sweepIntervalMs);
        sweeper.unref();
        return origin;
      },
      close() {
        closing ??= (async () => {
          service.beginClose();
          clearInterval(sweeper);
          await queue.stop({ abortRunning: config.onShutdown === 'requeue', timeoutMs: config.shutdownTimeoutMs });
          await app.close();
          // Undelivered webhooks stay 'pending' on disk and are sent again on the next start.
          await Promise.race([
            service.pendingDeliveries(),
            new Promise((resolve) => setTimeout(resolve, Math.min(config.shutdownTimeoutMs, MAX_WEBHOOK_WAIT_ON_CLOSE_MS)).unref()),
          ]);
          const storeGone = (store as JobStore).connected === false;
          await store.close();
          await closeStorage();
          await releaseLock();
          if (storeGone && config.redis) {
            throw new UserError(`Redis at ${describeRedisUrl(config.redis)} is unreachable: the server stopped without it; running jobs stay with their workers, queued ones in Redis`);
          }
        })();
        return closing;
      },
    };
    return server;
  } catch (err) {
    await closeStorage();
    await releaseLock();
    throw err;
  }
}
