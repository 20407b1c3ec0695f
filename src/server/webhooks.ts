// The end-of-job webhook: the Job document (notify/payload.ts) delivered
// with retries and a Standard Webhooks signature by notify/webhook.ts.

import { guardedFetch } from '../core/net/fetch.ts';
import { EgressGuard } from '../core/net/guard.ts';
import type { EgressPolicy } from '../core/net/guard.ts';
import { buildPayload, deliverWebhook, describeWebhookUrl, webhookConfig } from '../notify/webhook.ts';
import type { Notifier } from './service.ts';

export interface NotifierLog {
  warn(obj: object, msg: string): void;
}

export function createNotifier(secret: string | null, log: NotifierLog, egress: EgressPolicy | null = null): Notifier {
  // The webhook URL is the caller's too: it goes through the same guard as the pages.
  const fetch = egress ? (guardedFetch(new EgressGuard(egress)) as typeof globalThis.fetch) : undefined;
  return async (job, failures, webhookId) => {
    if (!job.webhook_url) return null;
    const config = webhookConfig({ url: job.webhook_url, secret });
    const outcome = await deliverWebhook(config, buildPayload(job, { failures }), { webhookId, ...(fetch ? { fetch } : {}) });
    if (outcome.status === 'delivered') return 'delivered';
    if (outcome.status === 'skipped') return null;
    // The URL's path may hold a token: only its origin is logged.
    log.warn({
      jobId: job.id,
      webhook: describeWebhookUrl(job.webhook_url),
      attempts: outcome.attempts,
      responseStatus: outcome.responseStatus,
      error: outcome.error,
    }, 'webhook not delivered');
    return 'failed';
  };
}
