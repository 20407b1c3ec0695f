// When a failed attempt is worth repeating, and how long to wait first.
// Follows the Standard Webhooks guidance: 2xx is success, 3xx is a failure
// (redirects are not followed), 408/429/5xx and network trouble are
// transient, any other 4xx means the receiver said no and asking again
// will not change its mind.

import { parseRetryAfter } from '../util/retry-after.ts';

export { parseRetryAfter };

/** Full jitter (AWS "Exponential Backoff And Jitter"): many senders retrying one receiver spread out. */
export const BACKOFF = { baseMs: 500, factor: 2, capMs: 30_000 } as const;

/** Wait before retry number `retry` (1 = the wait after the first attempt): random in [0, min(cap, base·2^(retry-1))). */
export function backoffMs(retry: number, random: () => number = Math.random): number {
  const ceiling = Math.min(BACKOFF.capMs, BACKOFF.baseMs * BACKOFF.factor ** Math.max(0, retry - 1));
  return Math.floor(random() * ceiling);
}

export type AttemptOutcome =
  | { kind: 'delivered'; status: number }
  | { kind: 'retry'; status: number | null; reason: string; retryAfterMs: number | null }
  | { kind: 'fatal'; status: number | null; reason: string };

/** What an HTTP answer means for the delivery. */
export function classifyResponse(status: number, headers: Headers, nowMs: number): AttemptOutcome {
  if (status >= 200 && status < 300) return { kind: 'delivered', status };
  if (status >= 300 && status < 400) {
    const to = redirectTarget(headers.get('location'));
    return {
      kind: 'fatal',
      status,
      reason: `the receiver answered HTTP ${status}, a redirect${to}; redirects are not followed: set the webhook URL to the final address`,
    };
  }
  if (status === 408 || status === 429 || status >= 500) {
    return { kind: 'retry', status, reason: `the receiver answered HTTP ${status}`, retryAfterMs: parseRetryAfter(headers.get('retry-after'), nowMs) };
  }
  return { kind: 'fatal', status, reason: `the receiver answered HTTP ${status}${REFUSAL_HINTS[status] ?? ''}` };
}

const REFUSAL_HINTS: Record<number, string> = {
  400: ' (it rejected the request: check what payload it expects)',
  401: ' (not authorized: check the webhook secret or the headers it expects)',
  403: ' (forbidden: check the webhook secret or the headers it expects)',
  404: ' (no such endpoint: check the webhook URL)',
  405: ' (it does not take POST at this URL: check the webhook URL)',
  410: ' (the endpoint is gone: remove this webhook)',
  413: ' (the payload is too large for it)',
};

/** Origin only: a Location path can carry a token as easily as the webhook URL itself. */
function redirectTarget(location: string | null): string {
  if (location === null) return '';
  try {
    return ` to ${new URL(location).origin}`;
  } catch {
    return '';
  }
}

// Certificate problems do not heal in the seconds a delivery lasts.
const TLS_CODES = /^(CERT_|ERR_TLS_|DEPTH_ZERO_SELF_SIGNED_CERT$|SELF_SIGNED_CERT_IN_CHAIN$|UNABLE_TO_(GET_ISSUER_CERT|VERIFY_LEAF_SIGNATURE))/;

/** What a thrown fetch error means. `timeoutMs` is the limit this attempt had. */
export function classifyError(err: unknown, timeoutMs: number): AttemptOutcome {
  const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string; hostname?: string } };
  if (e?.name === 'TimeoutError') {
    return { kind: 'retry', status: null, reason: `timed out: no response within ${seconds(timeoutMs)}`, retryAfterMs: null };
  }
  // The server's egress guard refused the webhook's address: asking again will not change its answer.
  if (e?.name === 'EgressRefused') return { kind: 'fatal', status: null, reason: e.message ?? 'refused by the egress guard' };
  const cause = e?.cause;
  const code = typeof cause?.code === 'string' ? cause.code : '';
  if (TLS_CODES.test(code)) {
    return { kind: 'fatal', status: null, reason: `the receiver's TLS certificate was rejected (${code}): fix the certificate or the URL` };
  }
  const detail = cause?.message ?? e?.message ?? String(err);
  switch (code) {
    case 'ECONNREFUSED':
      return retry(`connection refused: nothing is listening at the webhook URL (${detail})`);
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return retry(`could not resolve the webhook host (${code})`);
    case 'ECONNRESET':
    case 'EPIPE':
    case 'UND_ERR_SOCKET':
    case 'UND_ERR_CLOSED':
      return retry(`the connection was closed before the receiver answered (${code})`);
    case 'UND_ERR_CONNECT_TIMEOUT':
    case 'ETIMEDOUT':
      return retry(`could not connect: connection timed out (${code})`);
    default:
      return retry(`network error: ${detail}`);
  }
}

function retry(reason: string): AttemptOutcome {
  return { kind: 'retry', status: null, reason, retryAfterMs: null };
}

/** "300 ms", "1.5 s", "12 s": waits and limits as people read them. */
export function seconds(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const s = ms / 1000;
  return s < 10 ? `${Number(s.toFixed(1))} s` : `${Math.round(s)} s`;
}
