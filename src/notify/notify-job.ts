// What the local doors (CLI, Action) do with a webhook around one run:
// optional progress events while it runs, then the completion event, with
// the outcome written back into the Job document.

import type { Job, Progress } from '../core/job.ts';
import type { ChangeReport, ManifestRow } from '../core/types.ts';
import { buildChangesPayload, buildPayload, hasChanges } from './payload.ts';
import type { FailedUrl, PayloadContext, WebhookPayload } from './payload.ts';
import { deliverWebhook } from './deliver.ts';
import type { DeliveryResult } from './deliver.ts';
import { describeWebhookUrl } from './config.ts';
import type { WebhookSettings } from './config.ts';

export interface NotifyLog {
  info(line: string): void;
  warn(line: string): void;
}

/** The failed rows as payloads list them, the first `limit` of them (a job record keeps a bounded list). */
export function failuresOf(rows: readonly ManifestRow[], limit = Infinity): FailedUrl[] {
  const out: FailedUrl[] = [];
  for (const row of rows) {
    if (out.length >= limit) break;
    if (row?.status === 'failed') out.push({ url: row.url, error: row.error, http_status: row.http_status });
  }
  return out;
}

/** Said once when the run starts, so a misconfiguration shows before an hour of captures. */
export function webhookWarnings(settings: WebhookSettings): string[] {
  return settings.config.secret === null
    ? ['the webhook is unsigned: set a webhook secret (whsec_…) so the receiver can verify it came from this run']
    : [];
}

/**
 * Sends job.progress every N finished pages without ever slowing the run:
 * one delivery at a time, and a tick that arrives while one is in flight is dropped.
 */
export function progressNotifier(settings: WebhookSettings, job: Job, context: PayloadContext, log: NotifyLog) {
  const every = settings.progressEvery;
  let inFlight: Promise<void> | null = null;
  let lastSent = 0;
  return {
    tick(progress: Progress): void {
      const ended = progress.completed + progress.failed;
      if (!every || !settings.config.events.includes('job.progress') || ended - lastSent < every || inFlight) return;
      lastSent = ended;
      const snapshot: Job = { ...job, status: 'processing', progress: { ...progress } };
      const config = { ...settings.config, maxAttempts: 2, deadlineMs: Math.min(settings.config.deadlineMs, 10_000) };
      inFlight = deliverWebhook(config, buildPayload(snapshot, { context }))
        .then((r) => { if (r.status === 'failed') log.warn(`webhook progress event not delivered: ${r.error}`); })
        .finally(() => { inFlight = null; });
    },
    async flush(): Promise<void> {
      await inFlight;
    },
  };
}

/** Delivers the completion event and records the outcome on the job. Never throws for a receiver's failure. */
export async function sendCompletionWebhook(
  job: Job, rows: readonly ManifestRow[], settings: WebhookSettings, context: PayloadContext, log: NotifyLog,
): Promise<DeliveryResult> {
  const target = describeWebhookUrl(settings.config.url);
  // Shown by origin only: the URL's path may hold a token.
  job.webhook_url = target;
  job.webhook_status = 'pending';
  const result = await deliverLogged(settings, buildPayload(job, { failures: failuresOf(rows), context }), 'webhook', log);
  job.webhook_status = result.status === 'skipped' ? null : result.status;
  return result;
}

/**
 * After the completion event: job.changed, when the run had a baseline and
 * found new, changed or removed pages and the webhook's events include it.
 * Null when there is nothing to send. Never throws for a receiver's failure.
 */
export async function sendChangesWebhook(
  job: Job, changes: ChangeReport | null | undefined, rows: readonly ManifestRow[], settings: WebhookSettings, context: PayloadContext, log: NotifyLog,
): Promise<DeliveryResult | null> {
  if (!hasChanges(changes) || !settings.config.events.includes('job.changed')) return null;
  return deliverLogged(settings, buildChangesPayload(job, changes, rows, context), 'webhook job.changed', log);
}

/** One event to the configured receiver, each attempt and the outcome logged under `what`, the URL by origin only. */
async function deliverLogged(settings: WebhookSettings, payload: WebhookPayload, what: string, log: NotifyLog): Promise<DeliveryResult> {
  const target = describeWebhookUrl(settings.config.url);
  const result = await deliverWebhook(settings.config, payload, {
    onAttempt: (n, outcome) => log.info(`${what} ${target} attempt ${n}: ${outcome}`),
  });
  const attempts = `${result.attempts} attempt${result.attempts === 1 ? '' : 's'}`;
  if (result.status === 'delivered') log.info(`${what} delivered to ${target} (${attempts}, id ${result.webhookId})`);
  if (result.status === 'failed') log.warn(`${what} to ${target} failed after ${attempts}: ${result.error}`);
  return result;
}
