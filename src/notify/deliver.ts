// Delivers one webhook event: POST, signed per attempt, retried with backoff
// inside a total deadline. Never throws for a receiver's failure: the result
// says what happened, so a run's outcome does not hang on someone's endpoint.

import { makeRedactor } from '../util/redact.ts';
import { VERSION } from '../version.ts';
import { validateWebhookConfig, type WebhookConfig } from './config.ts';
import type { WebhookPayload } from './payload.ts';
import { backoffMs, classifyError, classifyResponse, seconds, type AttemptOutcome } from './retry-policy.ts';
import { newWebhookId, signWithKey, webhookKey } from './sign.ts';

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
export async function deliverWebhook(config: WebhookConfig, payload: WebhookPayload, deps: DeliveryDeps = {}): Promise<DeliveryResult> {
  validateWebhookConfig(config);
  const fetchImpl = deps.fetch ?? globalThis.fetch;
  const sleep = deps.sleep ?? realSleep;
  const now = deps.now ?? Date.now;
  const random = deps.random ?? Math.random;
  const onAttempt = deps.onAttempt ?? (() => {});
  const webhookId = deps.webhookId ?? newWebhookId(now());

  if (!config.events.includes(payload.event)) {
    return { status: 'skipped', attempts: 0, webhookId, responseStatus: null, error: null };
  }

  // One body for every attempt: the bytes signed are the bytes sent.
  const body = JSON.stringify(payload);
  const key = config.secret === null ? null : webhookKey(config.secret);
  // Defense in depth: no message we build holds a secret, but a library's might.
  const redact = makeRedactor(
    [config.secret ?? '', ...Object.values(config.headers)].flatMap((v) => [v, v.trim()]).filter((v) => v !== ''),
  );
  const started = now();
  let responseStatus: number | null = null;

  for (let attempt = 1; ; attempt++) {
    const left = config.deadlineMs - (now() - started);
    const timeoutMs = Math.max(1, Math.min(config.attemptTimeoutMs, left));
    const timestamp = Math.floor(now() / 1000);
    const headers: Record<string, string> = {
      ...config.headers,
      'content-type': 'application/json',
      'user-agent': `framecap/${VERSION}`,
      'webhook-id': webhookId,
      'webhook-timestamp': String(timestamp),
    };
    if (key !== null) headers['webhook-signature'] = signWithKey(key, webhookId, timestamp, body);

    const outcome = await attemptOnce(fetchImpl, config.url, headers, body, timeoutMs, now);
    if (outcome.status !== null) responseStatus = outcome.status;
    const finish = (status: 'delivered' | 'failed', error: string | null, note: string): DeliveryResult => {
      onAttempt(attempt, redact(note));
      return { status, attempts: attempt, webhookId, responseStatus, error: error === null ? null : redact(error) };
    };

    if (outcome.kind === 'delivered') return finish('delivered', null, `delivered (HTTP ${outcome.status})`);
    if (outcome.kind === 'fatal') return finish('failed', outcome.reason, `${outcome.reason}; not retrying`);

    if (attempt >= config.maxAttempts) {
      return finish('failed', `gave up after ${attempt} attempts: ${outcome.reason}`, `${outcome.reason}; giving up`);
    }
    const wait = outcome.retryAfterMs ?? backoffMs(attempt, random);
    if (now() - started + wait >= config.deadlineMs) {
      const why =
        outcome.retryAfterMs !== null
          ? `the receiver asked to retry after ${seconds(wait)}, past the ${seconds(config.deadlineMs)} webhook timeout`
          : `the next retry would pass the ${seconds(config.deadlineMs)} webhook timeout`;
      return finish('failed', `gave up after ${attempt} attempt${attempt === 1 ? '' : 's'} (${why}): ${outcome.reason}`, `${outcome.reason}; giving up (${why})`);
    }
    onAttempt(attempt, redact(`${outcome.reason}; retrying in ${seconds(wait)}`));
    await sleep(wait);
  }
}

async function attemptOnce(
  fetchImpl: typeof fetch,
  url: string,
  headers: Record<string, string>,
  body: string,
  timeoutMs: number,
  now: () => number,
): Promise<AttemptOutcome> {
  let response: Response;
  try {
    response = await fetchImpl(url, {
      method: 'POST',
      headers,
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (err) {
    return classifyError(err, timeoutMs);
  }
  // The answer's body means nothing to us; dropping it frees the connection.
  await response.body?.cancel().catch(() => {});
  return classifyResponse(response.status, response.headers, now());
}

function realSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
