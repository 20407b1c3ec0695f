// A webhook the egress guard would refuse is refused at submit, with a 400
// naming the field, instead of a job that runs and then fails its delivery.
// The rule is the guard's own (EgressGuard.resolve: address ranges and the
// --allow-host list); the delivery keeps its check too, because what a name
// resolves to can change between submit and delivery.

import { EgressGuard, EgressRefused } from '../core/net/guard.ts';
import type { EgressPolicy } from '../core/net/guard.ts';
import { invalid } from './errors.ts';

/**
 * How long a submit waits for DNS. A resolver that does not answer in time
 * does not fail the submit: the delivery's own check decides later.
 */
export const SUBMIT_LOOKUP_TIMEOUT_MS = 3_000;

/** Throws a 400 for a webhook URL the guard refuses, or whose host does not exist. */
export async function checkWebhookTarget(
  field: string, url: string, egress: EgressPolicy, timeoutMs: number = SUBMIT_LOOKUP_TIMEOUT_MS,
): Promise<void> {
  const target = new URL(url);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), timeoutMs);
    timer.unref();
  });
  try {
    await Promise.race([new EgressGuard(egress).resolveUrl(target), late]);
  } catch (err) {
    if (err instanceof EgressRefused) {
      throw invalid(field, `${field}: ${err.reason}; framecap serve refuses loopback, private and link-local webhook targets unless --allow-host allows them`);
    }
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOTFOUND') throw invalid(field, `${field}: the host ${target.hostname} does not exist (no DNS record): check the URL`);
    // Any other DNS trouble (EAI_AGAIN, SERVFAIL) may pass: the delivery checks again.
  } finally {
    clearTimeout(timer);
  }
}
