// Cancelling a job that runs on another machine, with BullMQ's own parts:
// the API server publishes on the job's Relay topic, the worker running it
// hears it and calls worker.cancelJob(), which aborts the AbortSignal BullMQ
// passed to the processor.
//
// The message is retained (a day), so it is not lost when no worker holds the
// job at that moment: a worker that takes the job later (a crashed worker's
// job, taken over) subscribes to the topic and gets it first. A worker whose
// connection drops keeps its Relay inbox (a stream in Redis) for its lease,
// so a cancel published while it reconnects is read once it is back; after a
// longer outage the node is recovered and resubscribes (resubscribeAll), which
// delivers the retained message again.

import { Relay } from 'bullmq';
import type { RelaySubscription } from 'bullmq';
import { KEY_PREFIX, bullConnection } from './connection.ts';

/** How long a cancel waits for a worker to take the job. As long as a job can sit in the queue in practice. */
const CANCEL_RETAIN_MS = 24 * 60 * 60 * 1000;

export const cancelTopic = (jobId: string): string => `jobs.${jobId}.cancel`;

/** `leaseMs`: how long the node (and its inbox) outlives a lost connection; BullMQ's default is 30 s. */
export function openRelay(url: string, name: string, leaseMs?: number): Relay {
  const relay = new Relay({ connection: bullConnection(url), prefix: KEY_PREFIX, namespace: 'framecap', name, ...(leaseMs ? { leaseDuration: leaseMs } : {}) });
  // Errors are retried by the Relay itself; an unhandled 'error' event would end the process.
  relay.on('error', () => {});
  return relay;
}

export async function publishCancel(relay: Relay, jobId: string): Promise<void> {
  await relay.publish(cancelTopic(jobId), { jobId }, { retain: CANCEL_RETAIN_MS });
}

/** The worker's side: calls onCancel(jobId) when a cancel for a job it runs arrives (or had arrived before it took it). */
export class CancelListener {
  private readonly watched = new Map<string, Promise<RelaySubscription | null>>();

  constructor(private readonly relay: Relay, private readonly onCancel: (jobId: string) => void) {
    relay.on('recovered', () => this.resubscribeAll());
  }

  async watch(jobId: string): Promise<void> {
    await this.subscribe(jobId);
  }

  private subscribe(jobId: string): Promise<RelaySubscription | null> {
    // A failed subscription must not fail the job: the job still runs, only a cancel would go unheard.
    const subscribed = this.relay.subscribe(cancelTopic(jobId), () => this.onCancel(jobId)).catch(() => null);
    this.watched.set(jobId, subscribed);
    return subscribed;
  }

  async unwatch(jobId: string): Promise<void> {
    const subscribed = this.watched.get(jobId);
    this.watched.delete(jobId);
    await (await subscribed)?.unsubscribe().catch(() => {});
  }

  /** After the Relay node was re-registered: a fresh subscription delivers retained cancels again. */
  private resubscribeAll(): void {
    for (const [jobId, old] of [...this.watched]) {
      void this.subscribe(jobId);
      void old.then((s) => s?.unsubscribe()).catch(() => {});
    }
  }
}
