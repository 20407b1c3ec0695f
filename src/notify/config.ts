// Webhook settings: one typed object, checked once at the door so a bad URL
// or secret stops the run before it starts, not after an hour of captures.

import { UserError } from '../core/types.ts';
import { DEFAULT_WEBHOOK_EVENTS, parseWebhookEvents, type WebhookEvent } from './events.ts';
import { webhookKey } from './sign.ts';

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

export const DEFAULT_WEBHOOK: Omit<WebhookConfig, 'url'> = Object.freeze({
  secret: null,
  // Frozen so no caller can change the defaults of every other caller.
  events: Object.freeze([...DEFAULT_WEBHOOK_EVENTS]) as WebhookEvent[],
  headers: Object.freeze({}) as Record<string, string>,
  attemptTimeoutMs: 10_000,
  deadlineMs: 60_000,
  maxAttempts: 6,
});

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
export function webhookConfig(input: WebhookConfigInput): WebhookConfig {
  const eventWords = (input.events ?? []).filter((w) => w.trim() !== '');
  const config: WebhookConfig = {
    url: input.url.trim(),
    secret: input.secret ? input.secret : null,
    events: eventWords.length > 0 ? parseWebhookEvents(eventWords) : [...DEFAULT_WEBHOOK.events],
    headers: { ...(input.headers ?? {}) },
    attemptTimeoutMs: input.attemptTimeoutMs ?? DEFAULT_WEBHOOK.attemptTimeoutMs,
    deadlineMs: input.deadlineMs ?? DEFAULT_WEBHOOK.deadlineMs,
    maxAttempts: input.maxAttempts ?? DEFAULT_WEBHOOK.maxAttempts,
  };
  validateWebhookConfig(config);
  return config;
}

/** Headers framecap sets itself; letting a user override them would break signing or the body. */
const RESERVED_HEADERS = new Set([
  'webhook-id',
  'webhook-timestamp',
  'webhook-signature',
  'content-type',
  'content-length',
  'content-encoding',
  'transfer-encoding',
  'host',
  'connection',
  'user-agent',
]);
const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// What fetch accepts as a header value: no control characters but tab, Latin-1 only.
const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;

/** Throws UserError for anything deliverWebhook could not send. Messages never echo a secret or header value. */
export function validateWebhookConfig(config: WebhookConfig): void {
  checkUrl(config.url);
  if (config.secret !== null) webhookKey(config.secret);
  if (config.events.length === 0) throw new UserError('the webhook has no events to send: leave events unset for the defaults');
  for (const [name, value] of Object.entries(config.headers)) {
    if (!HEADER_NAME.test(name)) throw new UserError(`webhook header name "${name.slice(0, 40)}" is not a valid HTTP header name`);
    if (RESERVED_HEADERS.has(name.toLowerCase())) {
      throw new UserError(`webhook header "${name}" is set by framecap and cannot be overridden: remove it`);
    }
    if (typeof value !== 'string' || !HEADER_VALUE.test(value)) {
      throw new UserError(`the value of webhook header "${name}" has characters HTTP headers cannot carry (line breaks or non-Latin-1)`);
    }
  }
  positiveInteger('webhook attempt timeout (ms)', config.attemptTimeoutMs);
  positiveInteger('webhook timeout (ms)', config.deadlineMs);
  positiveInteger('webhook max attempts', config.maxAttempts);
}

function checkUrl(raw: string): void {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    // The URL itself is not echoed: its path may be a token.
    throw new UserError('the webhook URL is not an absolute URL: give one such as https://example.com/hooks/framecap');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UserError(`the webhook URL must start with https:// or http:// (got ${url.protocol.slice(0, 20)})`);
  }
  if (url.username !== '' || url.password !== '') {
    throw new UserError('the webhook URL has a user:password part, which fetch refuses: send credentials as a webhook header instead');
  }
}

function positiveInteger(what: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 1) throw new UserError(`${what} must be a whole number of at least 1 (got ${value})`);
}

/** The part of a webhook URL that is safe to print: scheme and host, never path or query. */
export function describeWebhookUrl(raw: string): string {
  try {
    const url = new URL(raw);
    return url.pathname === '/' && url.search === '' ? url.origin : `${url.origin}/…`;
  } catch {
    return '(invalid URL)';
  }
}

/** Values a door's redactor must mask: the secret and every extra header value. */
export function webhookSecrets(config: Pick<WebhookConfig, 'secret' | 'headers'>): string[] {
  return [...(config.secret === null ? [] : [config.secret]), ...Object.values(config.headers)];
}

export type WebhookFailMode = 'warn' | 'error';

/** The completion webhook: delivered by the doors after the run (src/notify/), never by the core. */
export interface WebhookSettings {
  config: WebhookConfig;
  /** error: a failed delivery fails the run's exit code / step. */
  fail: WebhookFailMode;
  /** Send a job.progress event every N finished pages; null = none. */
  progressEvery: number | null;
}
