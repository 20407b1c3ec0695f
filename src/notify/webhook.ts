// The webhook contract the doors (CLI, Action, server) build on: what is
// sent (payload.ts), how it is signed (sign.ts), when it is sent and retried
// (deliver.ts), and the settings that steer it (config.ts, events.ts).

export { DEFAULT_WEBHOOK_EVENTS, WEBHOOK_EVENTS, parseWebhookEvents, webhookEventFor } from './events.ts';
export type { WebhookEvent } from './events.ts';
export { CHANGES_CAP, ERROR_TEXT_CAP, FAILURES_CAP, buildChangesPayload, buildPayload, changedPages, hasChanges } from './payload.ts';
export type {
  BuildPayloadOptions,
  ChangedPage,
  ChangedPayload,
  CompletedPayload,
  FailedPayload,
  FailedUrl,
  PartialPayload,
  PayloadContext,
  ProgressPayload,
  WebhookPayload,
} from './payload.ts';
export { newWebhookId, signWebhook, webhookKey } from './sign.ts';
export { DEFAULT_WEBHOOK, describeWebhookUrl, validateWebhookConfig, webhookConfig, webhookSecrets } from './config.ts';
export type { WebhookConfig, WebhookConfigInput, WebhookFailMode, WebhookSettings } from './config.ts';
export { deliverWebhook } from './deliver.ts';
export type { DeliveryDeps, DeliveryResult } from './deliver.ts';
export { BACKOFF, backoffMs, parseRetryAfter } from './retry-policy.ts';
