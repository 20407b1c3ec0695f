import type { EgressPolicy } from '../core/net/guard.js';
/**
 * How long a submit waits for DNS. A resolver that does not answer in time
 * does not fail the submit: the delivery's own check decides later.
 */
export declare const SUBMIT_LOOKUP_TIMEOUT_MS = 3000;
/** Throws a 400 for a webhook URL the guard refuses, or whose host does not exist. */
export declare function checkWebhookTarget(field: string, url: string, egress: EgressPolicy, timeoutMs?: number): Promise<void>;
