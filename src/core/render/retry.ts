// Backoff between attempts of one capture. Jitter keeps N workers that hit
// the same overloaded origin at once from retrying in lockstep.

import { parseRetryAfter } from '../../util/retry-after.ts';

export { parseRetryAfter };

export interface BackoffPolicy {
  /** Delay before the first retry, ms (doubles each retry). */
  baseMs: number;
  /** Upper bound for one computed delay, ms. */
  maxMs: number;
  /** Upper bound for a server's Retry-After, ms: a page must not stall a run for an hour. */
  maxRetryAfterMs: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 500, maxMs: 10_000, maxRetryAfterMs: 30_000 };

/**
 * Delay before retry number `retry` (1-based): base·2^(retry-1), capped, with
 * "equal jitter" (half fixed, half random), never shorter than the server's
 * Retry-After (itself capped).
 */
export function backoffDelay(
  retry: number,
  policy: BackoffPolicy,
  retryAfterMs: number | null = null,
  random: () => number = Math.random,
): number {
  const exp = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, retry - 1));
  const jittered = exp / 2 + random() * (exp / 2);
  const serverWait = retryAfterMs === null ? 0 : Math.min(retryAfterMs, policy.maxRetryAfterMs);
  return Math.round(Math.max(jittered, serverWait));
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
