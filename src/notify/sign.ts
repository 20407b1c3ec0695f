// Standard Webhooks signing (https://www.standardwebhooks.com): an HMAC-SHA256
// over "<id>.<timestamp>.<body>", sent as `webhook-signature: v1,<base64>`.

import { createHmac } from 'node:crypto';
import { ulid } from '../core/job.ts';
import { UserError } from '../core/types.ts';

const SECRET_PREFIX = 'whsec_';
// Strict standard base64 with padding: what the reference verifiers decode.
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * The HMAC key of a secret. `whsec_<base64>` (the Standard Webhooks form)
 * is the base64-decoded bytes; any other string is its own UTF-8 bytes, so
 * a password-style secret works too (receivers then pass those bytes to
 * their verifier as a raw key; docs/webhooks.md shows how).
 */
export function webhookKey(secret: string): Buffer {
  if (secret === '') throw new UserError('the webhook secret is empty: give a secret, or none to send unsigned webhooks');
  if (!secret.startsWith(SECRET_PREFIX)) return Buffer.from(secret, 'utf8');
  const encoded = secret.slice(SECRET_PREFIX.length);
  if (encoded === '' || !BASE64.test(encoded)) {
    throw new UserError(
      'the webhook secret starts with whsec_ but the rest is not valid base64 (standard alphabet, = padding; check for stray spaces or newlines)',
    );
  }
  return Buffer.from(encoded, 'base64');
}

/** `v1,<base64 signature>` for one attempt: the timestamp is the one sent in that attempt's header. */
export function signWebhook(secret: string, id: string, timestampSeconds: number, body: string): string {
  return signWithKey(webhookKey(secret), id, timestampSeconds, body);
}

export function signWithKey(key: Buffer, id: string, timestampSeconds: number, body: string): string {
  if (!Number.isSafeInteger(timestampSeconds)) throw new TypeError('webhook timestamp must be whole unix seconds');
  // The id and timestamp are joined with '.': one that held a '.' could make two messages sign alike.
  if (id.includes('.')) throw new TypeError('webhook id may not contain "."');
  const mac = createHmac('sha256', key).update(`${id}.${timestampSeconds}.${body}`, 'utf8').digest('base64');
  return `v1,${mac}`;
}

/** A fresh `msg_<ULID>`: sortable by time, the same on every retry of one event. */
export function newWebhookId(now?: number): string {
  return `msg_${ulid(now)}`;
}
