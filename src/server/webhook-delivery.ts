// Sends the end-of-job webhook of a record and writes its webhook_status
// back. Used by the API server (embedded queue, recovery after a restart)
// and by each Redis worker, which owns one of these for its lifetime rather
// than a JobService per job.

import { newWebhookId } from '../notify/webhook.ts';
import type { Job, WebhookStatus } from '../core/job.ts';
import { publicJob } from './public-job.ts';
import type { Failure, JobRecord, JobStore } from './store.ts';

/** Delivers the end-of-job webhook; resolves to the status to record (null: not sent, the event is not subscribed). */
export type Notifier = (job: Job, failures: Failure[], webhookId: string) => Promise<WebhookStatus | null>;

export interface DeliveryDeps {
  store: JobStore;
  notify: Notifier;
  /** The server's publicUrl (image and download links in the payload). */
  publicUrl: string | null;
  log: { error(obj: object, msg: string): void };
}

export class WebhookDeliveries {
  private readonly inFlight = new Set<Promise<void>>();
  private readonly delivering = new Set<string>();

  constructor(private readonly deps: DeliveryDeps) {}

  /**
   * Starts the delivery of an ended job's webhook, unless none is due or one
   * is already on its way; resolves once it is recorded. `publicUrl`: the
   * job's own, when it came with the job (Redis workers serve many servers' settings).
   */
  deliverIfDue(record: JobRecord, publicUrl: string | null = this.deps.publicUrl): Promise<void> {
    if (!record.job.webhook_url || record.job.webhook_status !== 'pending') return Promise.resolve();
    const id = record.job.id;
    if (this.delivering.has(id)) return Promise.resolve();
    this.delivering.add(id);
    const delivery = this.deliver(record, publicUrl);
    this.inFlight.add(delivery);
    delivery
      .catch((err: unknown) => this.deps.log.error({ err, jobId: id }, 'could not record the webhook status'))
      .finally(() => {
        this.inFlight.delete(delivery);
        this.delivering.delete(id);
      });
    return delivery.catch(() => {});
  }

  /** Deliveries still in flight. */
  settled(): Promise<unknown> {
    return Promise.allSettled([...this.inFlight]);
  }

  private async deliver(record: JobRecord, publicUrl: string | null): Promise<void> {
    const { store } = this.deps;
    const id = record.job.id;
    let status: WebhookStatus | null;
    try {
      if (!record.webhookId) {
        // Kept before sending, so a re-send after a crash carries the same webhook-id (receivers deduplicate on it).
        const current = await store.get(id);
        if (!current) return;
        record.webhookId = current.webhookId ?? newWebhookId();
        current.webhookId = record.webhookId;
        await store.save(current);
      }
      status = await this.deps.notify(publicJob(record, publicUrl), record.failures, record.webhookId);
    } catch (err) {
      this.deps.log.error({ err, jobId: id }, 'webhook delivery failed unexpectedly');
      status = 'failed';
    }
    const latest = await store.get(id);
    if (!latest) return;
    latest.job.webhook_status = status;
    await store.save(latest);
  }
}
