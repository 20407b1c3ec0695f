import { createRequire as __framecapCreateRequire } from 'node:module';
const require = __framecapCreateRequire(import.meta.url);
import {
  CancelListener,
  KEY_PREFIX,
  QUEUE_NAME,
  RedisJobStore,
  bullConnection,
  connectRedis,
  openRedis,
  openRelay,
  require_cjs
} from "./chunk-QJY7MEXT.js";
import {
  WebhookDeliveries,
  backToPending,
  createNotifier,
  createProcessor,
  endWithoutResults,
  isFinal,
  resolveServerConfig
} from "./chunk-VXXTDJW6.js";
import {
  openResultStorage
} from "./chunk-3MS4L6VA.js";
import "./chunk-MUNW7ZWW.js";
import {
  checkRedisUrl,
  describeRedisUrl
} from "./chunk-LJTJW5MJ.js";
import "./chunk-TK72MEU3.js";
import "./chunk-NM4JFCLM.js";
import {
  webhookKey
} from "./chunk-BCSQKF4B.js";
import "./chunk-ABTWOHNP.js";
import "./chunk-AYOILTGW.js";
import "./chunk-46ZZMMYQ.js";
import {
  bounded
} from "./chunk-3FDA5EIA.js";
import {
  UserError
} from "./chunk-2DT44WLF.js";
import {
  __toESM
} from "./chunk-7UBRMGLF.js";

// src/server/redis/worker.ts
var import_bullmq = __toESM(require_cjs(), 1);
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
var HandBackError = class extends UserError {
  constructor(redis, jobs, redisReachable) {
    const what = jobs === 0 ? "no job was running" : `${jobs} running job(s) not handed back: another worker's stalled-job check requeues them once their locks expire`;
    super(redisReachable ? `the pages in flight did not finish in time; ${what}` : `Redis at ${redis} is unreachable; ${what}`);
    this.jobs = jobs;
    this.redisReachable = redisReachable;
  }
  jobs;
  redisReachable;
};
var HAND_BACK_MS = 6e3;
var BROWSER_CLOSE_MS = 3e3;
async function settledWithin(p, ms, giveUp) {
  const settled = bounded(p.then(() => true, () => true), ms).then((v) => v === true);
  return giveUp ? Promise.race([settled, giveUp.then(() => false)]) : settled;
}
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
  const redis = openRedis(url, "worker");
  const scratch = !sharedFolder && input.dataDir ? input.dataDir : tmpdir();
  await mkdir(scratch, { recursive: true, mode: 448 });
  const workDir = await mkdtemp(join(scratch, "framecap-worker-"));
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
  let worker = null;
  const cancels = new CancelListener(relay, (jobId) => worker?.cancelJob(jobId, "cancelled"));
  const running = /* @__PURE__ */ new Set();
  const deliveries = new WebhookDeliveries({ store, notify, publicUrl: null, log });
  const processJob = async (bullJob, token, signal) => {
    if (!signal) throw new Error("BullMQ passed no AbortSignal: the worker cannot be cancelled");
    const { jobId, settings } = bullJob.data;
    const config = configFor(input, settings);
    await cancels.watch(jobId);
    running.add(jobId);
    try {
      const record = await store.get(jobId);
      if (!record) return;
      if (record.job.status === "processing") {
        log.warn({ jobId, attempt: record.attempts + 1 }, "taking over a job whose worker stopped");
        backToPending(record, { refundAttempt: false });
        await store.save(record);
      }
      if (record.job.status === "pending") log.info({ jobId, worker: name, attempt: record.attempts + 1 }, "job started");
      const processor = createProcessor({ config, store, storage, workDir, log, renderIn: input.renderIn ?? "child", finished: () => {
      } });
      const outcome = await processor(jobId, signal);
      if (signal.reason === "shutdown" || outcome === "requeue") {
        await bullJob.moveToWait(token);
        throw new import_bullmq.WaitingError();
      }
      const ended = await store.get(jobId);
      if (ended && isFinal(ended.job.status)) {
        log.info({ jobId, status: ended.job.status }, "job ended");
        await deliveries.deliverIfDue(ended, config.publicUrl);
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
      await cancels.unwatch(jobId);
    }
  };
  async function failRecord(jobId, error) {
    const record = await store.get(jobId);
    if (!record || isFinal(record.job.status)) return;
    endWithoutResults(record, { status: "failed", error }, /* @__PURE__ */ new Date());
    await store.save(record);
  }
  worker = new import_bullmq.Worker(QUEUE_NAME, processJob, {
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
  const bull = worker;
  bull.on("error", (err) => log.error({ err }, "worker connection error"));
  await bull.waitUntilReady();
  log.info({ worker: name, concurrency, redis: describeRedisUrl(url), storage: storage.describe(), workDir }, "worker ready");
  let closing = null;
  return {
    name,
    close(options = {}) {
      closing ??= (async () => {
        const stopped = bull.close();
        if (options.finish && store.connected) await settledWithin(stopped, options.timeoutMs ?? 6e4);
        const held = running.size;
        bull.cancelAllJobs("shutdown");
        const handedBack = store.connected && await settledWithin(stopped, options.handBackMs ?? HAND_BACK_MS, store.disconnected());
        const reachable = store.connected;
        if (!handedBack) {
          store.abandon();
          redis.disconnect();
          await settledWithin(stopped, BROWSER_CLOSE_MS);
        }
        await Promise.allSettled([
          handedBack ? relay.close() : settledWithin(relay.close(), 1e3),
          handedBack ? redis.quit() : Promise.resolve(),
          handedBack ? store.close() : Promise.resolve()
        ]);
        await closeStorage();
        await rm(workDir, { recursive: true, force: true });
        if (!handedBack) throw new HandBackError(describeRedisUrl(url), held, reachable);
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
  HandBackError,
  startWorker
};
