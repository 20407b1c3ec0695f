// Which job events a webhook can carry, and the words people type for them.

import type { Job } from '../core/job.ts';
import { UserError } from '../core/types.ts';

export type WebhookEvent = 'job.completed' | 'job.partial' | 'job.failed' | 'job.canceled' | 'job.progress' | 'job.changed';

/** Every event, in the order lists are normalized to. */
export const WEBHOOK_EVENTS: readonly WebhookEvent[] = ['job.completed', 'job.partial', 'job.failed', 'job.canceled', 'job.progress', 'job.changed'];

/**
 * What a webhook sends when the user does not choose: the end of a run,
 * whatever the outcome, and what changed since the baseline. job.changed is
 * sent only by runs with a baseline that found something new, changed or
 * removed, so a webhook without a baseline hears nothing new.
 */
export const DEFAULT_WEBHOOK_EVENTS: readonly WebhookEvent[] = ['job.completed', 'job.partial', 'job.failed', 'job.canceled', 'job.changed'];

/** The event that announces a job in its current state: its end, or its progress while it runs (job.changed follows the end, see buildChangesPayload). */
export function webhookEventFor(job: Pick<Job, 'status'>): WebhookEvent {
  switch (job.status) {
    case 'completed':
      return 'job.completed';
    case 'partial':
      return 'job.partial';
    case 'failed':
      return 'job.failed';
    case 'canceled':
      return 'job.canceled';
    case 'pending':
    case 'processing':
      return 'job.progress';
  }
}

/**
 * Reads a list of event names as a user writes them: `completed` or
 * `job.completed`, any case, several per item separated by commas or spaces
 * (so a raw `completed,failed` input works), `all` for every event.
 * Returns them deduplicated in a fixed order.
 */
export function parseWebhookEvents(list: readonly string[]): WebhookEvent[] {
  const chosen = new Set<WebhookEvent>();
  const words = list.flatMap((item) => item.split(/[\s,]+/)).filter((w) => w !== '');
  if (words.length === 0) {
    throw new UserError(`no webhook events given: name at least one of ${validList()}`);
  }
  for (const word of words) {
    const lower = word.toLowerCase();
    if (lower === 'all' || lower === '*') {
      for (const e of WEBHOOK_EVENTS) chosen.add(e);
      continue;
    }
    const event = (lower.startsWith('job.') ? lower : `job.${lower}`) as WebhookEvent;
    if (!WEBHOOK_EVENTS.includes(event)) {
      throw new UserError(`unknown webhook event "${truncate(word)}": use ${validList()}`);
    }
    chosen.add(event);
  }
  return WEBHOOK_EVENTS.filter((e) => chosen.has(e));
}

function validList(): string {
  const short = WEBHOOK_EVENTS.map((e) => e.slice('job.'.length));
  return `${short.join(', ')} (or ${WEBHOOK_EVENTS.join(', ')}), or all`;
}

function truncate(s: string): string {
  return s.length > 40 ? `${s.slice(0, 37)}…` : s;
}
