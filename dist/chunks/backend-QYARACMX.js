import { createRequire as __framecapCreateRequire } from 'node:module';
const require = __framecapCreateRequire(import.meta.url);
import {
  BullJobQueue,
  RedisJobStore
} from "./chunk-6SP76D6N.js";
import "./chunk-MUNW7ZWW.js";
import "./chunk-LJTJW5MJ.js";
import "./chunk-TK72MEU3.js";
import "./chunk-2DT44WLF.js";
import "./chunk-7UBRMGLF.js";

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
