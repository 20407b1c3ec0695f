import { type WebhookEvent } from './events.js';
export interface WebhookConfig {
    /** http(s) only. Its path or query may hold a token: log describeWebhookUrl(url), never the URL. */
    url: string;
    /** `whsec_<base64>` (Standard Webhooks), or any other string used as UTF-8 key bytes; null = unsigned. */
    secret: string | null;
    /** Events to send; others are skipped. */
    events: WebhookEvent[];
    /** Extra request headers (often credentials: their values are never logged). */
    headers: Record<string, string>;
    /** Time allowed for one attempt to get a response, ms. */
    attemptTimeoutMs: number;
    /** Time allowed for the whole delivery, retries and waits included, ms. */
    deadlineMs: number;
    /** Attempts at most, the first included. */
    maxAttempts: number;
}
export declare const DEFAULT_WEBHOOK: Omit<WebhookConfig, 'url'>;
/** What a door has read from flags, inputs or a config file, before checking. */
export interface WebhookConfigInput {
    url: string;
    /** '' or null: unsigned (an unset secret in CI arrives as ''). */
    secret?: string | null;
    /** Event words as parseWebhookEvents reads them; absent or all blank: the defaults. */
    events?: readonly string[] | null;
    headers?: Record<string, string> | null;
    attemptTimeoutMs?: number;
    deadlineMs?: number;
    maxAttempts?: number;
}
/** Fills defaults and checks everything; throws UserError naming what to fix. */
export declare function webhookConfig(input: WebhookConfigInput): WebhookConfig;
/** Throws UserError for anything deliverWebhook could not send. Messages never echo a secret or header value. */
export declare function validateWebhookConfig(config: WebhookConfig): void;
/** The part of a webhook URL that is safe to print: scheme and host, never path or query. */
export declare function describeWebhookUrl(raw: string): string;
/** Values a door's redactor must mask: the secret and every extra header value. */
export declare function webhookSecrets(config: Pick<WebhookConfig, 'secret' | 'headers'>): string[];
export type WebhookFailMode = 'warn' | 'error';
/** The completion webhook: delivered by the doors after the run (src/notify/), never by the core. */
export interface WebhookSettings {
    config: WebhookConfig;
    /** error: a failed delivery fails the run's exit code / step. */
    fail: WebhookFailMode;
    /** Send a job.progress event every N finished pages; null = none. */
    progressEvery: number | null;
}
