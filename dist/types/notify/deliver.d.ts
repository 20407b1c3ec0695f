import { type WebhookConfig } from './config.js';
import type { WebhookPayload } from './payload.js';
export interface DeliveryResult {
    /** skipped = the payload's event is not in config.events (nothing was sent). */
    status: 'delivered' | 'failed' | 'skipped';
    attempts: number;
    /** The `webhook-id` header: the same on every retry of one event; receivers dedupe on it. */
    webhookId: string;
    /** Last HTTP status seen, null if no attempt got an answer. */
    responseStatus: number | null;
    /** Why it failed: short, human, never a secret, header value or URL path. */
    error: string | null;
}
export interface DeliveryDeps {
    fetch?: typeof fetch;
    sleep?: (ms: number) => Promise<void>;
    /** Clock for the deadline, the Retry-After date and the webhook-timestamp header. */
    now?: () => number;
    /** In [0, 1): the jitter of the backoff. */
    random?: () => number;
    /** After every attempt: its number and a one-line outcome safe to print. */
    onAttempt?: (n: number, outcome: string) => void;
    /** Reuse an id (e.g. a server re-sending an event after a restart) so receivers can dedupe. */
    webhookId?: string;
}
/**
 * Sends `payload` to `config.url`. Throws UserError only for a config that
 * validateWebhookConfig rejects (doors check it before the run, so in
 * practice never); every delivery problem is in the result.
 */
export declare function deliverWebhook(config: WebhookConfig, payload: WebhookPayload, deps?: DeliveryDeps): Promise<DeliveryResult>;
