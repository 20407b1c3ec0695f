import { createRequire as __framecapCreateRequire } from 'node:module';
const require = __framecapCreateRequire(import.meta.url);
import {
  buildChangesPayload,
  buildPayload,
  deliverWebhook,
  describeWebhookUrl
} from "./chunk-BCSQKF4B.js";
import {
  hasChanges
} from "./chunk-ABTWOHNP.js";

// src/config/cache-dir.ts
import { tmpdir } from "node:os";
import { isAbsolute, join } from "node:path";
function cacheDirFrom(env) {
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && isAbsolute(xdg)) return join(xdg, "framecap");
  if (env.HOME && isAbsolute(env.HOME)) return join(env.HOME, ".cache", "framecap");
  return join(tmpdir(), "framecap-cache");
}

// src/notify/notify-job.ts
function failuresOf(rows, limit = Infinity) {
  const out = [];
  for (const row of rows) {
    if (out.length >= limit) break;
    if (row?.status === "failed") out.push({ url: row.url, error: row.error, http_status: row.http_status });
  }
  return out;
}
function webhookWarnings(settings) {
  return settings.config.secret === null ? ["the webhook is unsigned: set a webhook secret (whsec_\u2026) so the receiver can verify it came from this run"] : [];
}
function progressNotifier(settings, job, context, log) {
  const every = settings.progressEvery;
  let inFlight = null;
  let lastSent = 0;
  return {
    tick(progress) {
      const ended = progress.completed + progress.failed;
      if (!every || !settings.config.events.includes("job.progress") || ended - lastSent < every || inFlight) return;
      lastSent = ended;
      const snapshot = { ...job, status: "processing", progress: { ...progress } };
      const config = { ...settings.config, maxAttempts: 2, deadlineMs: Math.min(settings.config.deadlineMs, 1e4) };
      inFlight = deliverWebhook(config, buildPayload(snapshot, { context })).then((r) => {
        if (r.status === "failed") log.warn(`webhook progress event not delivered: ${r.error}`);
      }).finally(() => {
        inFlight = null;
      });
    },
    async flush() {
      await inFlight;
    }
  };
}
async function sendCompletionWebhook(job, rows, settings, context, log) {
  const target = describeWebhookUrl(settings.config.url);
  job.webhook_url = target;
  job.webhook_status = "pending";
  const result = await deliverLogged(settings, buildPayload(job, { failures: failuresOf(rows), context }), "webhook", log);
  job.webhook_status = result.status === "skipped" ? null : result.status;
  return result;
}
async function sendChangesWebhook(job, changes, rows, settings, context, log) {
  if (!hasChanges(changes) || !settings.config.events.includes("job.changed")) return null;
  return deliverLogged(settings, buildChangesPayload(job, changes, rows, context), "webhook job.changed", log);
}
async function deliverLogged(settings, payload, what, log) {
  const target = describeWebhookUrl(settings.config.url);
  const result = await deliverWebhook(settings.config, payload, {
    onAttempt: (n, outcome) => log.info(`${what} ${target} attempt ${n}: ${outcome}`)
  });
  const attempts = `${result.attempts} attempt${result.attempts === 1 ? "" : "s"}`;
  if (result.status === "delivered") log.info(`${what} delivered to ${target} (${attempts}, id ${result.webhookId})`);
  if (result.status === "failed") log.warn(`${what} to ${target} failed after ${attempts}: ${result.error}`);
  return result;
}

export {
  cacheDirFrom,
  failuresOf,
  webhookWarnings,
  progressNotifier,
  sendCompletionWebhook,
  sendChangesWebhook
};
