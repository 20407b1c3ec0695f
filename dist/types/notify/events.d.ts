import type { Job } from '../core/job.js';
export type WebhookEvent = 'job.completed' | 'job.partial' | 'job.failed' | 'job.canceled' | 'job.progress' | 'job.changed';
/** Every event, in the order lists are normalized to. */
export declare const WEBHOOK_EVENTS: readonly WebhookEvent[];
/**
 * What a webhook sends when the user does not choose: the end of a run,
 * whatever the outcome, and what changed since the baseline. job.changed is
 * sent only by runs with a baseline that found something new, changed or
 * removed, so a webhook without a baseline hears nothing new.
 */
export declare const DEFAULT_WEBHOOK_EVENTS: readonly WebhookEvent[];
/** The event that announces a job in its current state: its end, or its progress while it runs (job.changed follows the end, see buildChangesPayload). */
export declare function webhookEventFor(job: Pick<Job, 'status'>): WebhookEvent;
/**
 * Reads a list of event names as a user writes them: `completed` or
 * `job.completed`, any case, several per item separated by commas or spaces
 * (so a raw `completed,failed` input works), `all` for every event.
 * Returns them deduplicated in a fixed order.
 */
export declare function parseWebhookEvents(list: readonly string[]): WebhookEvent[];
