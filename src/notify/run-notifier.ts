// The after-run webhook sequence the CLI and the Action share: progress
// events during the run, then (once those are flushed) job.completed and
// job.changed, and whether a failed delivery fails the run. The doors only
// print what finish() returns.

import type { Job, Progress } from '../core/job.ts';
import type { ChangeReport, ManifestRow } from '../core/types.ts';
import type { WebhookSettings } from './config.ts';
import type { DeliveryResult } from './deliver.ts';
import type { PayloadContext } from './payload.ts';
import { progressNotifier, sendChangesWebhook, sendCompletionWebhook, webhookWarnings } from './notify-job.ts';
import type { NotifyLog } from './notify-job.ts';

export interface RunOutcomeForNotify {
  job: Job;
  rows: readonly ManifestRow[];
  changes?: ChangeReport | null;
}

/** What the door reports. Null deliveries: no webhook configured (completion) or nothing changed (changes). */
export interface RunNotification {
  completion: DeliveryResult | null;
  changes: DeliveryResult | null;
  /** A delivery failed and the webhook's fail mode is `error`. */
  failsRun: boolean;
}

export interface RunNotifier {
  /** Logs the configuration warnings; the door calls it before the run so they show before an hour of captures. */
  warn(): void;
  /** The run has a job id: progress events can start. */
  started(job: Job): void;
  tick(progress: Progress): void;
  /** Waits for a progress event in flight, then sends job.completed and job.changed, in that order. */
  finish(outcome: RunOutcomeForNotify): Promise<RunNotification>;
}

export function createRunNotifier(webhook: WebhookSettings | null, context: PayloadContext, log: NotifyLog): RunNotifier {
  let progress: ReturnType<typeof progressNotifier> | null = null;
  return {
    warn() {
      if (webhook) for (const w of webhookWarnings(webhook)) log.warn(w);
    },
    started(job) {
      if (webhook) progress = progressNotifier(webhook, job, context, log);
    },
    tick(p) {
      progress?.tick(p);
    },
    async finish({ job, rows, changes }) {
      if (!webhook) return { completion: null, changes: null, failsRun: false };
      await progress?.flush();
      const completion = await sendCompletionWebhook(job, rows, webhook, context, log);
      // job.changed follows job.completed: a receiver sees the outcome first, then what changed.
      const changed = await sendChangesWebhook(job, changes, rows, webhook, context, log);
      const failed = completion.status === 'failed' || changed?.status === 'failed';
      return { completion, changes: changed, failsRun: failed && webhook.fail === 'error' };
    },
  };
}
