import type { CaptureResult, Job, JobType, Progress } from '../core/job.js';
import type { ChangeKind, ChangeReport, ManifestRow } from '../core/types.js';
import { type WebhookEvent } from './events.js';
import { hasChanges } from '../core/compare/report.js';
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
export declare const CHANGES_CAP = 500;
/** At most this many failures travel in one payload; `failures_total` says how many there were. */
export declare const FAILURES_CAP = 50;
/** Error texts are cut here so one odd page cannot blow up the payload. */
export declare const ERROR_TEXT_CAP = 500;
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
export declare function buildPayload(job: Job, opts?: BuildPayloadOptions): WebhookPayload;
/** New and changed rows, most changed first (new pages after changed ones, in run order). */
export declare function changedPages(rows: readonly ManifestRow[]): ChangedPage[];
/** The job.changed payload for a finished job. Throws for a job still running: changes are known only at the end. */
export declare function buildChangesPayload(job: Job, changes: ChangeReport, rows: readonly ManifestRow[], context?: PayloadContext): ChangedPayload;
