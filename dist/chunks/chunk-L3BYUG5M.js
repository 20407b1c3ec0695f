import { createRequire as __framecapCreateRequire } from 'node:module';
const require = __framecapCreateRequire(import.meta.url);
import {
  buildPayload,
  deliverWebhook,
  describeWebhookUrl
} from "./chunk-FZE32QI5.js";

// src/notify/notify-job.ts
function failuresOf(rows) {
  return rows.filter((r) => r?.status === "failed").map((r) => ({ url: r.url, error: r.error, http_status: r.http_status }));
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
  const result = await deliverWebhook(settings.config, buildPayload(job, { failures: failuresOf(rows), context }), {
    onAttempt: (n, outcome) => log.info(`webhook ${target} attempt ${n}: ${outcome}`)
  });
  if (result.status !== "skipped") job.webhook_status = result.status;
  else job.webhook_status = null;
  if (result.status === "delivered") log.info(`webhook delivered to ${target} (${result.attempts} attempt${result.attempts === 1 ? "" : "s"}, id ${result.webhookId})`);
  if (result.status === "failed") log.warn(`webhook to ${target} failed after ${result.attempts} attempt(s): ${result.error}`);
  return result;
}

export {
  webhookWarnings,
  progressNotifier,
  sendCompletionWebhook
};
