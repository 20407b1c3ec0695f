import { createRequire as __framecapCreateRequire } from 'node:module';
const require = __framecapCreateRequire(import.meta.url);
import {
  KEY_PREFIX,
  QUEUE_NAME,
  RedisJobStore,
  bullConnection,
  connectRedis,
  openRedis,
  openRelay,
  publishCancel,
  require_cjs
} from "./chunk-QJY7MEXT.js";
import "./chunk-MUNW7ZWW.js";
import "./chunk-LJTJW5MJ.js";
import "./chunk-TK72MEU3.js";
import "./chunk-2DT44WLF.js";
import {
  __toESM
} from "./chunk-7UBRMGLF.js";

// src/server/redis/queue.ts
var import_bullmq = __toESM(require_cjs(), 1);
var JOB_OPTIONS = {
  attempts: 3,
  backoff: { type: "exponential", delay: 2e3 },
  // The Job document is the record that lasts; BullMQ's copy is only the work item.
  removeOnComplete: true,
  removeOnFail: true
};
var CLOSE_WAIT_MS = 2e3;
var WAITING_STATES = /* @__PURE__ */ new Set(["waiting", "delayed", "prioritized", "paused", "waiting-children"]);
var BullJobQueue = class {
  constructor(url, settings) {
    this.url = url;
    this.settings = settings;
    this.queue = new import_bullmq.Queue(QUEUE_NAME, { connection: bullConnection(url), prefix: KEY_PREFIX });
    this.queue.on("error", () => {
    });
    this.relay = openRelay(url, "framecap-api");
  }
  url;
  settings;
  queue;
  relay;
  started = false;
  stopped = false;
  async open() {
    const probe = openRedis(this.url, "api");
    try {
      await connectRedis(probe, this.url);
    } finally {
      probe.disconnect();
    }
    await Promise.all([this.queue.waitUntilReady(), this.relay.waitUntilReady()]);
  }
  get ready() {
    return this.started && !this.stopped;
  }
  /** The processor is not used: workers render (`framecap worker`). */
  async start(_processor) {
    this.started = true;
    this.stopped = false;
  }
  async enqueue(jobId) {
    await this.queue.add("render", { jobId, settings: this.settings }, { ...JOB_OPTIONS, jobId });
  }
  async cancel(jobId) {
    const job = await this.queue.getJob(jobId);
    const state = job ? await job.getState() : "unknown";
    if (job && WAITING_STATES.has(state) && job.attemptsStarted === 0) {
      try {
        await job.remove();
        return "dequeued";
      } catch {
      }
    }
    await publishCancel(this.relay, jobId);
    return state === "completed" || state === "failed" || state === "unknown" ? "absent" : "aborted";
  }
  async waiting() {
    return this.queue.getJobCountByTypes("waiting", "delayed", "prioritized");
  }
  /** Running jobs belong to the workers: stopping the API server leaves them alone. */
  async stop(_options) {
    if (this.stopped) return;
    this.stopped = true;
    let timer;
    await Promise.race([
      Promise.allSettled([this.queue.close(), this.relay.close()]),
      new Promise((resolve) => {
        timer = setTimeout(resolve, CLOSE_WAIT_MS);
      })
    ]);
    clearTimeout(timer);
  }
};

// src/server/redis/recover.ts
async function requeueUnqueued(store, queue) {
  let queued = 0;
  for (const record of await store.all()) {
    if (record.job.status !== "pending" && record.job.status !== "processing") continue;
    await queue.enqueue(record.job.id);
    queued++;
  }
  return queued;
}

// src/server/redis/backend.ts
function redisStore(url) {
  return new RedisJobStore(url);
}
async function redisQueue(url, config) {
  const queue = new BullJobQueue(url, {
    resultTtlMs: config.resultTtlMs,
    maxAttempts: config.maxAttempts,
    publicUrl: config.publicUrl
  });
  await queue.open();
  return queue;
}
export {
  redisQueue,
  redisStore,
  requeueUnqueued
};
