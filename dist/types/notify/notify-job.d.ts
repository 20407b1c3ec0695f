import type { Job, Progress } from '../core/job.js';
import type { ChangeReport, ManifestRow } from '../core/types.js';
import type { FailedUrl, PayloadContext } from './payload.js';
import type { DeliveryResult } from './deliver.js';
import type { WebhookSettings } from './config.js';
export interface NotifyLog {
    info(line: string): void;
    warn(line: string): void;
}
/** The failed rows as payloads list them, the first `limit` of them (a job record keeps a bounded list). */
export declare function failuresOf(rows: readonly ManifestRow[], limit?: number): FailedUrl[];
/** Said once when the run starts, so a misconfiguration shows before an hour of captures. */
export declare function webhookWarnings(settings: WebhookSettings): string[];
/**
 * Sends job.progress every N finished pages without ever slowing the run:
 * one delivery at a time, and a tick that arrives while one is in flight is dropped.
 */
export declare function progressNotifier(settings: WebhookSettings, job: Job, context: PayloadContext, log: NotifyLog): {
    tick(progress: Progress): void;
    flush(): Promise<void>;
};
/** Delivers the completion event and records the outcome on the job. Never throws for a receiver's failure. */
export declare function sendCompletionWebhook(job: Job, rows: readonly ManifestRow[], settings: WebhookSettings, context: PayloadContext, log: NotifyLog): Promise<DeliveryResult>;
/**
 * After the completion event: job.changed, when the run had a baseline and
 * found new, changed or removed pages and the webhook's events include it.
 * Null when there is nothing to send. Never throws for a receiver's failure.
 */
export declare function sendChangesWebhook(job: Job, changes: ChangeReport | null | undefined, rows: readonly ManifestRow[], settings: WebhookSettings, context: PayloadContext, log: NotifyLog): Promise<DeliveryResult | null>;
