// `framecap worker`: a render worker process that takes jobs from the BullMQ
// queue in Redis, runs them with the same runner the embedded queue uses, and
// writes results to the shared ResultStorage. Start as many as you like, on
// as many machines as you like; the API servers (`framecap serve --redis`)
// never render.
//
// No job is lost: BullMQ holds a lock on each running job that this process
// renews (lockDuration). A worker killed mid-job stops renewing; another
// worker's stalled-job check puts the job back in the queue and a worker
// starts it again from the beginning. The runner counts those starts in the
// Job document: after maxAttempts it ends 'failed' with the reason, so a job
// that crashes every worker does not loop forever.

import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { WaitingError, Worker } from 'bullmq';
import type { Job as BullJob } from 'bullmq';
import { UserError } from '../../core/types.ts';
import { webhookKey } from '../../notify/webhook.ts';
import { resolveServerConfig } from '../config.ts';
import type { RenderIn, ResolvedServerConfig } from '../config.ts';
import type { AbortReason } from '../queue.ts';
import { backToPending, endWithoutResults, isFinal } from '../job-lifecycle.ts';
import { createProcessor } from '../runner.ts';
import { openResultStorage } from '../storage.ts';
import type { ResultStorage } from '../storage.ts';
import type { S3StorageOptions } from '../storage-s3.ts';
import { WebhookDeliveries } from '../webhook-delivery.ts';
import { createNotifier } from '../webhooks.ts';
import { KEY_PREFIX, QUEUE_NAME, bullConnection, checkRedisUrl, connectRedis, describeRedisUrl, openRedis } from './connection.ts';
import { CancelListener, openRelay } from './cancel.ts';
import type { RenderJobData } from './queue.ts';
import { RedisJobStore } from './store.ts';
import { bounded } from '../../util/bounded.ts';

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
  close(options?: { finish?: boolean; timeoutMs?: number; handBackMs?: number }): Promise<void>;
}

/**
 * close() could not hand the running jobs back in time: Redis was gone, or
 * the pages in flight took longer than handBackMs. Nothing is lost: the jobs'
 * locks expire and another worker's stalled-job check puts them back in the queue.
 */
export class HandBackError extends UserError {
  constructor(redis: string, readonly jobs: number, readonly redisReachable: boolean) {
    const what = jobs === 0 ? 'no job was running' : `${jobs} running job(s) not handed back: another worker's stalled-job check requeues them once their locks expire`;
    super(redisReachable
      ? `the pages in flight did not finish in time; ${what}`
      : `Redis at ${redis} is unreachable; ${what}`);
  }
}

/** How long close() waits for the running jobs to be handed back (pages in flight finish first). */
const HAND_BACK_MS = 6_000;
/** Without Redis: how long the runner gets to close its browser before close() returns. */
const BROWSER_CLOSE_MS = 3_000;

/** Whether `p` settled within `ms` (false also when `giveUp` resolves first). */
async function settledWithin(p: Promise<unknown>, ms: number, giveUp?: Promise<void>): Promise<boolean> {
  const settled = bounded(p.then(() => true, () => true), ms).then((v) => v === true);
  return giveUp ? Promise.race([settled, giveUp.then(() => false)]) : settled;
}

const SILENT: WorkerLog = { info() {}, warn() {}, error() {} };
let workersHere = 0;

export async function startWorker(input: WorkerConfig): Promise<FramecapWorker> {
  const url = checkRedisUrl(input.redis);
  if (!input.dataDir && !input.storage) {
    throw new UserError('the worker needs the results storage of the API servers: pass --storage s3://bucket/prefix, or --data-dir with the folder framecap serve uses');
  }
  if (input.webhookSecret) webhookKey(input.webhookSecret);
  const concurrency = input.concurrency ?? 1;
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) {
    throw new UserError(`--concurrency must be a whole number from 1 to 64 (got ${concurrency})`);
  }
  const lockDuration = input.lockDurationMs ?? 30_000;
  const stalledInterval = input.stalledIntervalMs ?? 30_000;
  const log = input.log ?? SILENT;
  // Checks pageConcurrency, browserPath and the secret the way the server does.
  const base = configFor(input, { resultTtlMs: 24 * 3_600_000, maxAttempts: 3, publicUrl: null });

  const sharedFolder = !input.storage;
  const storage = await openResultStorage(input.storage, input.dataDir ?? '.', input.s3);
  const closeStorage = (): Promise<void> => (typeof input.storage === 'object' ? Promise.resolve() : storage.close?.() ?? Promise.resolve());
  const store = new RedisJobStore(url);
  await store.open();
  // Only its cancel() and waiting() are used here (by JobService); it adds no jobs.
  const redis = openRedis(url, 'worker');
  // Scratch space on this machine; results go to the shared storage. With object storage --data-dir is this worker's own.
  const scratch = !sharedFolder && input.dataDir ? input.dataDir : tmpdir();
  await mkdir(scratch, { recursive: true, mode: 0o700 });
  const workDir = await mkdtemp(join(scratch, 'framecap-worker-'));
  const notify = createNotifier(base.webhookSecret, log, base.egress);
  const name = `${hostname()}:${process.pid}:${++workersHere}`;
  const relay = openRelay(url, `framecap-worker ${name}`, input.relayLeaseMs);

  try {
    await Promise.all([connectRedis(redis, url), relay.waitUntilReady()]);
  } catch (err) {
    await Promise.allSettled([store.close(), relay.close(), redis.quit(), closeStorage()]);
    await rm(workDir, { recursive: true, force: true });
    throw err;
  }
  // Assigned below: the listener needs the worker, the worker's processor the listener.
  let worker: Worker<RenderJobData> | null = null;
  const cancels = new CancelListener(relay, (jobId) => worker?.cancelJob(jobId, 'cancelled' satisfies AbortReason));
  const running = new Set<string>();
  // One per process: webhooks go out from the worker that ended the job.
  const deliveries = new WebhookDeliveries({ store, notify, publicUrl: null, log });

  // Three parameters, so BullMQ passes the AbortSignal that worker.cancelJob() aborts.
  const processJob = async (bullJob: BullJob<RenderJobData>, token: string | undefined, signal: AbortSignal | undefined): Promise<void> => {
    if (!signal) throw new Error('BullMQ passed no AbortSignal: the worker cannot be cancelled');
    const { jobId, settings } = bullJob.data;
    const config = configFor(input, settings);
    await cancels.watch(jobId);
    running.add(jobId);
    try {
      const record = await store.get(jobId);
      if (!record) return;
      if (record.job.status === 'processing') {
        // The worker that had it died (its lock expired): BullMQ gave the job to us, start again from the beginning.
        log.warn({ jobId, attempt: record.attempts + 1 }, 'taking over a job whose worker stopped');
        backToPending(record, { refundAttempt: false });
        await store.save(record);
      }
      if (record.job.status === 'pending') log.info({ jobId, worker: name, attempt: record.attempts + 1 }, 'job started');
      const processor = createProcessor({ config, store, storage, workDir, log, renderIn: input.renderIn ?? 'child', finished: () => {} });
      const outcome = await processor(jobId, signal);
      if (signal.reason === 'shutdown' || outcome === 'requeue') {
        // The runner put the Job document back to 'pending' (a shutdown, or its render process died):
        // the queue entry goes back to waiting, for this worker or another.
        await bullJob.moveToWait(token);
        throw new WaitingError();
      }
      const ended = await store.get(jobId);
      if (ended && isFinal(ended.job.status)) {
        log.info({ jobId, status: ended.job.status }, 'job ended');
        // Delivered inside the job's lock: a worker that dies before the webhook is out leaves the job
        // to another worker, which finds it ended and sends the webhook (same webhook-id).
        await deliveries.deliverIfDue(ended, config.publicUrl);
      }
    } catch (err) {
      if (err instanceof WaitingError) throw err;
      const lastTry = bullJob.attemptsMade + 1 >= (bullJob.opts.attempts ?? 1);
      log.error({ err, jobId, lastTry }, 'job could not be processed');
      if (lastTry) await failRecord(jobId, `internal error: ${(err as Error).message}`).catch(() => {});
      throw err;
    } finally {
      running.delete(jobId);
      await cancels.unwatch(jobId);
    }
  };

  /** BullMQ gave up on the job (it threw on every try): its Job document ends failed instead of staying 'processing'. */
  async function failRecord(jobId: string, error: string): Promise<void> {
    const record = await store.get(jobId);
    if (!record || isFinal(record.job.status)) return;
    endWithoutResults(record, { status: 'failed', error }, new Date());
    await store.save(record);
  }

  worker = new Worker<RenderJobData>(QUEUE_NAME, processJob, {
    connection: bullConnection(url),
    prefix: KEY_PREFIX,
    name,
    concurrency,
    lockDuration,
    stalledInterval,
    // The runner's own count (maxAttempts, in the Job document) decides when a crashing job fails,
    // with a message that says why; BullMQ's stalled limit only backs it up.
    maxStalledCount: 100,
  });
  const bull = worker;
  bull.on('error', (err) => log.error({ err }, 'worker connection error'));
  await bull.waitUntilReady();
  log.info({ worker: name, concurrency, redis: describeRedisUrl(url), storage: storage.describe(), workDir }, 'worker ready');

  let closing: Promise<void> | null = null;
  return {
    name,
    close(options = {}) {
      closing ??= (async () => {
        const stopped = bull.close();
        // Without Redis nothing can finish (results are recorded there): do not wait for it.
        if (options.finish && store.connected) await settledWithin(stopped, options.timeoutMs ?? 60_000);
        const held = running.size;
        bull.cancelAllJobs('shutdown' satisfies AbortReason);
        // Handing a job back takes Redis (its Job document, its queue entry). Without Redis the store
        // lets go of the commands waiting for a reconnect, the runner closes the browser, and the
        // stalled-job check of another worker puts the jobs back in the queue once their locks expire.
        // Redis may die while we wait (a SIGTERM can come before the socket's close is read): stop waiting then.
        const handedBack = store.connected && await settledWithin(stopped, options.handBackMs ?? HAND_BACK_MS, store.disconnected());
        const reachable = store.connected;
        if (!handedBack) {
          store.abandon();
          redis.disconnect();
          // The runner still closes its browser; BullMQ gives up on Redis once it is closing.
          await settledWithin(stopped, BROWSER_CLOSE_MS);
        }
        await Promise.allSettled([
          handedBack ? relay.close() : settledWithin(relay.close(), 1_000),
          handedBack ? redis.quit() : Promise.resolve(),
          handedBack ? store.close() : Promise.resolve(),
        ]);
        await closeStorage();
        await rm(workDir, { recursive: true, force: true });
        if (!handedBack) throw new HandBackError(describeRedisUrl(url), held, reachable);
      })();
      return closing;
    },
  };
}

function configFor(input: WorkerConfig, settings: RenderJobData['settings']): ResolvedServerConfig {
  return resolveServerConfig({
    dataDir: input.dataDir || '.',
    // The worker serves no API: keys play no part.
    allowNoAuth: true,
    resultTtlMs: settings.resultTtlMs,
    maxAttempts: settings.maxAttempts,
    ...(settings.publicUrl ? { publicUrl: settings.publicUrl } : {}),
    ...(input.pageConcurrency !== undefined ? { pageConcurrency: input.pageConcurrency } : {}),
    ...(input.browserPath ? { browserPath: input.browserPath } : {}),
    ...(input.webhookSecret ? { webhookSecret: input.webhookSecret } : {}),
    ...(input.allowHosts ? { allowHosts: input.allowHosts } : {}),
  });
}
