// The body a webhook carries: the Job document plus the short fields of the
// async-jobs APIs framecap follows (`event`, `job_id`, `failures`), and the
// CI context the Action knows. docs/webhook-payload.schema.json describes it;
// the tests hold the two together.

import type { CaptureResult, Job, JobType, Progress } from '../core/job.ts';
import type { ChangeKind, ChangeReport, ManifestRow } from '../core/types.ts';
import { webhookEventFor, type WebhookEvent } from './events.ts';
import { hasChanges } from '../core/compare/report.ts';

export { hasChanges };

/** A URL that could not be captured, as the payload lists it. */
export interface FailedUrl {
  url: string;
  error: string | null;
  http_status: number | null;
}

/** Extra fields a door knows about the run, e.g. what the Action adds. */
export interface PayloadContext {
  repository?: string;
  run_url?: string;
  sha?: string;
  pull_request?: number | null;
}

/** At most this many pages (and removed pages) travel in one job.changed payload. */
export const CHANGES_CAP = 500;
/** At most this many failures travel in one payload; `failures_total` says how many there were. */
export const FAILURES_CAP = 50;
/** Error texts are cut here so one odd page cannot blow up the payload. */
export const ERROR_TEXT_CAP = 500;

interface PayloadFields extends PayloadContext {
  job_id: string;
  /** Same as job_id: the Job document's own name for it. */
  id: string;
  type: JobType;
  progress: Progress;
  result_url: string | null;
  download_url: string | null;
  result: CaptureResult | null;
  created_at: string;
  started_at: string | null;
  completed_at: string | null;
  expires_at: string | null;
}

export interface CompletedPayload extends PayloadFields {
  event: 'job.completed';
  status: 'completed';
  error: null;
}

export interface PartialPayload extends PayloadFields {
  event: 'job.partial';
  status: 'partial';
  error: string | null;
  failures: FailedUrl[];
  failures_total: number;
}

export interface FailedPayload extends PayloadFields {
  event: 'job.failed';
  status: 'failed';
  error: string;
  failures?: FailedUrl[];
  failures_total?: number;
}

/** A job canceled through the API (queue server only). Pages captured before the cancel stay downloadable. */
export interface CanceledPayload extends PayloadFields {
  event: 'job.canceled';
  status: 'canceled';
  error: string;
  failures?: FailedUrl[];
  failures_total?: number;
}

export interface ProgressPayload extends PayloadFields {
  event: 'job.progress';
  status: 'pending' | 'processing';
  error: null;
}

/** A page the baseline did not have, or whose capture differs from the baseline's. */
export interface ChangedPage {
  url: string;
  /** The capture in the output; null when it failed this run. */
  file: string | null;
  change: Extract<ChangeKind, 'new' | 'changed'>;
  /** Share of pixels that differ, 0..1; null for new pages. */
  changed_share: number | null;
  /** The highlighted diff image in the output; null for new pages. */
  diff: string | null;
  /** With variants: which one of the page this capture is (a page has a row per variant). Absent otherwise. */
  variant?: string;
}

/** After the completion event, when a run with a baseline found new, changed or removed pages. */
export interface ChangedPayload extends PayloadFields {
  event: 'job.changed';
  status: 'completed' | 'partial' | 'failed' | 'canceled';
  error: string | null;
  /** manifest.changes; `removed` keeps the first CHANGES_CAP pages, `counts.removed` says how many there were. */
  changes: ChangeReport;
  /** New and changed pages, most changed first, at most CHANGES_CAP. */
  pages: ChangedPage[];
  pages_total: number;
}

export type WebhookPayload = CompletedPayload | PartialPayload | FailedPayload | CanceledPayload | ProgressPayload | ChangedPayload;

export interface BuildPayloadOptions {
  /** Failed URLs of the run (any number: the payload keeps the first FAILURES_CAP). */
  failures?: FailedUrl[];
  context?: PayloadContext;
  /** Must agree with job.status (see webhookEventFor); given, it documents intent. */
  event?: WebhookEvent;
}

/**
 * The payload for a job as it is now. Leaves out `webhook_url` (its path
 * or query often holds a token) and `webhook_status` (not known until
 * this very payload is delivered).
 */
export function buildPayload(job: Job, opts: BuildPayloadOptions = {}): WebhookPayload {
  const event = webhookEventFor(job);
  if (opts.event !== undefined && opts.event !== event) {
    throw new Error(`buildPayload: a ${job.status} job is announced by ${event}, not ${opts.event}`);
  }
  const head = { job_id: job.id, id: job.id, type: job.type };
  const body = {
    progress: { ...job.progress },
    result_url: job.result_url,
    download_url: job.download_url,
    result: job.result === null ? null : { ...job.result },
  };
  const times = {
    created_at: job.created_at,
    started_at: job.started_at,
    completed_at: job.completed_at,
    expires_at: job.expires_at,
  };
  const context = contextFields(opts.context);
  const failures = opts.failures ?? [];

  switch (job.status) {
    case 'completed':
      return { event: 'job.completed', ...head, status: 'completed', ...body, error: null, ...times, ...context };
    case 'partial':
      return {
        event: 'job.partial',
        ...head,
        status: 'partial',
        ...body,
        error: capText(job.error),
        ...failureFields(failures, job.progress),
        ...times,
        ...context,
      };
    case 'failed':
      return {
        event: 'job.failed',
        ...head,
        status: 'failed',
        ...body,
        error: capText(job.error) ?? failedRunError(job.progress),
        ...(failures.length > 0 ? failureFields(failures, job.progress) : {}),
        ...times,
        ...context,
      };
    case 'canceled':
      return {
        event: 'job.canceled',
        ...head,
        status: 'canceled',
        ...body,
        error: capText(job.error) ?? 'canceled',
        ...(failures.length > 0 ? failureFields(failures, job.progress) : {}),
        ...times,
        ...context,
      };
    case 'pending':
    case 'processing':
      return { event: 'job.progress', ...head, status: job.status, ...body, error: null, ...times, ...context };
  }
}

/** New and changed rows, most changed first (new pages after changed ones, in run order). */
export function changedPages(rows: readonly ManifestRow[]): ChangedPage[] {
  const pages = rows
    .filter((r) => r.change === 'new' || r.change === 'changed')
    .map((r): ChangedPage => ({
      url: r.url,
      file: r.file,
      change: r.change as ChangedPage['change'],
      changed_share: r.change === 'changed' ? r.changed_share ?? null : null,
      diff: r.change === 'changed' ? r.diff ?? null : null,
      ...(r.variant ? { variant: r.variant } : {}),
    }));
  const rank = (p: ChangedPage): number => (p.change === 'changed' ? 1 + (p.changed_share ?? 0) : 0);
  // A stable sort: equal ranks keep the run's order.
  return pages.sort((a, b) => rank(b) - rank(a));
}

/** The job.changed payload for a finished job. Throws for a job still running: changes are known only at the end. */
export function buildChangesPayload(job: Job, changes: ChangeReport, rows: readonly ManifestRow[], context?: PayloadContext): ChangedPayload {
  if (job.status === 'pending' || job.status === 'processing') {
    throw new Error(`buildChangesPayload: a ${job.status} job has no change report yet`);
  }
  const pages = changedPages(rows);
  return {
    event: 'job.changed',
    job_id: job.id,
    id: job.id,
    type: job.type,
    status: job.status,
    progress: { ...job.progress },
    result_url: job.result_url,
    download_url: job.download_url,
    result: job.result === null ? null : { ...job.result },
    error: capText(job.error),
    changes: {
      baseline: changes.baseline,
      baseline_job_id: changes.baseline_job_id,
      counts: { ...changes.counts },
      removed: changes.removed.slice(0, CHANGES_CAP).map((r) => ({ url: r.url, file: r.file })),
    },
    pages: pages.slice(0, CHANGES_CAP),
    pages_total: pages.length,
    created_at: job.created_at,
    started_at: job.started_at,
    completed_at: job.completed_at,
    expires_at: job.expires_at,
    ...contextFields(context),
  };
}

function failureFields(failures: FailedUrl[], progress: Progress): { failures: FailedUrl[]; failures_total: number } {
  return {
    failures: failures.slice(0, FAILURES_CAP).map((f) => ({
      url: f.url,
      error: capText(f.error),
      http_status: f.http_status,
    })),
    // The caller may hold a list that is already capped; the job's own count is the truth then.
    failures_total: Math.max(failures.length, progress.failed),
  };
}

/** A failed job with no message of its own still tells the receiver what happened. */
function failedRunError(progress: Progress): string {
  if (progress.total === 0) return 'Render failed: no URLs to capture';
  return `Render failed: all ${progress.total} URLs failed`;
}

/** Cut to ERROR_TEXT_CAP characters, never through a surrogate pair; '' is no text. */
function capText(text: string | null): string | null {
  if (text === null || text === '') return null;
  if (text.length <= ERROR_TEXT_CAP) return text;
  const cut = text.slice(0, ERROR_TEXT_CAP - 1).replace(/[\uD800-\uDBFF]$/, '');
  return `${cut}…`;
}

/** Only the fields that were given: absent means unknown, not empty. */
function contextFields(context: PayloadContext | undefined): PayloadContext {
  const out: PayloadContext = {};
  if (context === undefined) return out;
  if (context.repository !== undefined) out.repository = context.repository;
  if (context.run_url !== undefined) out.run_url = context.run_url;
  if (context.sha !== undefined) out.sha = context.sha;
  if (context.pull_request !== undefined) out.pull_request = context.pull_request;
  return out;
}
