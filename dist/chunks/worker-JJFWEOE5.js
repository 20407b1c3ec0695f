import { createRequire as __framecapCreateRequire } from 'node:module';
const require = __framecapCreateRequire(import.meta.url);
import {
  BullJobQueue,
  CANCEL_CHANNEL,
  KEY_PREFIX,
  QUEUE_NAME,
  RedisJobStore,
  bullConnection,
  cancelKey,
  connectRedis,
  openRedis,
  require_cjs
} from "./chunk-4EHKG43G.js";
import {
  JobService,
  createNotifier,
  createProcessor,
  isFinal,
  resolveServerConfig
} from "./chunk-CELPGQVS.js";
import {
  openResultStorage
} from "./chunk-Z2AFGHJI.js";
import {
  checkRedisUrl,
  describeRedisUrl
} from "./chunk-F5ENM5YX.js";
import "./chunk-TK72MEU3.js";
import "./chunk-QPZRNOIP.js";
import {
  progressOf,
  webhookKey
} from "./chunk-2TDEIW7F.js";
import "./chunk-3K2ALKP5.js";
import "./chunk-46ZZMMYQ.js";
import {
  UserError
} from "./chunk-LKA667FY.js";
import {
  __toESM
} from "./chunk-7UBRMGLF.js";

// src/server/redis/worker.ts
var import_bullmq = __toESM(require_cjs(), 1);
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
var SILENT = { info() {
}, warn() {
}, error() {
} };
var workersHere = 0;
async function startWorker(input) {
  const url = checkRedisUrl(input.redis);
  if (!input.dataDir && !input.storage) {
    throw new UserError("the worker needs the results storage of the API servers: pass --storage s3://bucket/prefix, or --data-dir with the folder framecap serve uses");
  }
  if (input.webhookSecret) webhookKey(input.webhookSecret);
  const concurrency = input.concurrency ?? 1;
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) {
    throw new UserError(`--concurrency must be a whole number from 1 to 64 (got ${concurrency})`);
  }
  const lockDuration = input.lockDurationMs ?? 3e4;
  const stalledInterval = input.stalledIntervalMs ?? 3e4;
  const log = input.log ?? SILENT;
  const base = configFor(input, { resultTtlMs: 24 * 36e5, maxAttempts: 3, publicUrl: null });
  const sharedFolder = !input.storage;
  const storage = await openResultStorage(input.storage, input.dataDir ?? ".", input.s3);
  const closeStorage = () => typeof input.storage === "object" ? Promise.resolve() : storage.close?.() ?? Promise.resolve();
  const store = new RedisJobStore(url);
  await store.open();
  const queue = new BullJobQueue(url, { resultTtlMs: base.resultTtlMs, maxAttempts: base.maxAttempts, publicUrl: null });
  const subscriber = openRedis(url, "worker-cancel");
  const redis = openRedis(url, "worker");
  const scratch = !sharedFolder && input.dataDir ? input.dataDir : tmpdir();
  await mkdir(scratch, { recursive: true, mode: 448 });
  const workDir = await mkdtemp(join(scratch, "framecap-worker-"));
  const notify = createNotifier(base.webhookSecret, log, base.egress);
  const running = /* @__PURE__ */ new Map();
  const name = `${hostname()}:${process.pid}:${++workersHere}`;
  try {
    await Promise.all([connectRedis(subscriber, url), connectRedis(redis, url), queue.open()]);
    await subscriber.subscribe(CANCEL_CHANNEL);
  } catch (err) {
    await Promise.allSettled([store.close(), queue.stop({ abortRunning: true, timeoutMs: 0 }), subscriber.quit(), redis.quit(), closeStorage()]);
    await rm(workDir, { recursive: true, force: true });
    throw err;
  }
  subscriber.on("message", (_channel, jobId) => {
    running.get(jobId)?.abort("cancelled");
  });
  const processJob = async (bullJob, token) => {
    const { jobId, settings } = bullJob.data;
    const config = configFor(input, settings);
    const service = new JobService({ config, store, storage, queue, notify, log });
    const controller = new AbortController();
    running.set(jobId, controller);
    try {
      if (await redis.exists(cancelKey(jobId))) controller.abort("cancelled");
      const record = await store.get(jobId);
      if (!record) return;
      if (record.job.status === "processing") {
        log.warn({ jobId, attempt: record.attempts + 1 }, "taking over a job whose worker stopped");
        record.job.status = "pending";
        record.job.started_at = null;
        record.job.progress = progressOf(0, 0, 0);
        await store.save(record);
      }
      if (record.job.status === "pending") log.info({ jobId, worker: name, attempt: record.attempts + 1 }, "job started");
      const processor = createProcessor({ config, store, storage, workDir, log, finished: () => {
      } });
      await processor(jobId, controller.signal);
      if (controller.signal.reason === "shutdown") {
        await bullJob.moveToWait(token);
        throw new import_bullmq.WaitingError();
      }
      const ended = await store.get(jobId);
      if (ended && isFinal(ended.job.status)) {
        log.info({ jobId, status: ended.job.status }, "job ended");
        if (ended.job.webhook_status === "pending") {
          service.jobFinished(ended);
          await service.pendingDeliveries();
        }
      }
    } catch (err) {
      if (err instanceof import_bullmq.WaitingError) throw err;
      const lastTry = bullJob.attemptsMade + 1 >= (bullJob.opts.attempts ?? 1);
      log.error({ err, jobId, lastTry }, "job could not be processed");
      if (lastTry) await failRecord(jobId, `internal error: ${err.message}`).catch(() => {
      });
      throw err;
    } finally {
      running.delete(jobId);
    }
  };
  async function failRecord(jobId, error) {
    const record = await store.get(jobId);
    if (!record || isFinal(record.job.status)) return;
    record.job.status = "failed";
    record.job.error = error;
    record.job.completed_at = (/* @__PURE__ */ new Date()).toISOString();
    await store.save(record);
  }
  const worker = new import_bullmq.Worker(QUEUE_NAME, processJob, {
    connection: bullConnection(url),
    prefix: KEY_PREFIX,
    name,
    concurrency,
    lockDuration,
    stalledInterval,
    // The runner's own count (maxAttempts, in the Job document) decides when a crashing job fails,
    // with a message that says why; BullMQ's stalled limit only backs it up.
    maxStalledCount: 100
  });
  worker.on("error", (err) => log.error({ err }, "worker connection error"));
  await worker.waitUntilReady();
  log.info({ worker: name, concurrency, redis: describeRedisUrl(url), storage: storage.describe(), workDir }, "worker ready");
  let closing = null;
  return {
    name,
    close(options = {}) {
      closing ??= (async () => {
        const abortAll = () => {
          for (const c of running.values()) c.abort("shutdown");
        };
        const stopped = worker.close();
        if (options.finish) {
          let timer;
          const timedOut = new Promise((resolve) => {
            timer = setTimeout(resolve, options.timeoutMs ?? 6e4);
          });
          await Promise.race([stopped, timedOut]);
          clearTimeout(timer);
        }
        abortAll();
        await stopped;
        await Promise.allSettled([
          queue.stop({ abortRunning: true, timeoutMs: 0 }),
          subscriber.quit(),
          redis.quit(),
          store.close()
        ]);
        await closeStorage();
        await rm(workDir, { recursive: true, force: true });
      })();
      return closing;
    }
  };
}
function configFor(input, settings) {
  return resolveServerConfig({
    dataDir: input.dataDir || ".",
    // The worker serves no API: keys play no part.
    allowNoAuth: true,
    resultTtlMs: settings.resultTtlMs,
    maxAttempts: settings.maxAttempts,
    ...settings.publicUrl ? { publicUrl: settings.publicUrl } : {},
    ...input.pageConcurrency !== void 0 ? { pageConcurrency: input.pageConcurrency } : {},
    ...input.browserPath ? { browserPath: input.browserPath } : {},
    ...input.webhookSecret ? { webhookSecret: input.webhookSecret } : {},
    ...input.allowHosts ? { allowHosts: input.allowHosts } : {}
  });
}
export {
  startWorker
};
