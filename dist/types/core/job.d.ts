export type JobType = 'capture' | 'batch' | 'sitemap';
export type JobStatus = 'pending' | 'processing' | 'completed' | 'partial' | 'failed' | 'canceled';
export type WebhookStatus = 'pending' | 'delivered' | 'failed';
export interface Progress {
    total: number;
    completed: number;
    failed: number;
    /** Share of total that has ended (completed or failed), 0-100, integer. */
    percentage: number;
}
/**
 * The single capture result, set for `capture` jobs (one URL). `url` is where
 * the image is, as the single-capture API this follows has it: from the queue
 * server (API and webhooks) an absolute URL that serves the image; from a
 * local run (CLI, Action, library) and inside any output's manifest.json, the
 * image's entry name in that ZIP or folder, e.g. "index.png".
 */
export interface CaptureResult {
    id: string;
    /** Where the image is: see above. Never the captured page's address (that is page_url). */
    url: string;
    /** The page that was captured, as requested (normalized). */
    page_url: string;
    width: number;
    height: number;
    format: string;
    /**
     * With --split, a page taller than a part is several images: every part in
     * page order, the first being the one `url` names. Absent for one image.
     */
    parts?: CaptureResultPart[];
}
/** One part of a split capture; `url` as CaptureResult's (an absolute URL from the server, an entry name locally). */
export interface CaptureResultPart {
    url: string;
    /** Where the part starts on the page, and how much of the page it shows, CSS px. */
    y: number;
    page_height: number;
    /** The framed image's size, px. */
    width: number;
    height: number;
}
export interface Job {
    id: string;
    type: JobType;
    status: JobStatus;
    progress: Progress;
    result: CaptureResult | null;
    result_url: string | null;
    download_url: string | null;
    error: string | null;
    webhook_url: string | null;
    webhook_status: WebhookStatus | null;
    created_at: string;
    started_at: string | null;
    completed_at: string | null;
    expires_at: string | null;
}
/** A ULID: 48-bit time then 80 random bits, Crockford base32, sortable by time. */
export declare function ulid(now?: number): string;
export declare const newJobId: (now?: number) => string;
export declare const newCaptureId: (now?: number) => string;
export declare function progressOf(total: number, completed: number, failed: number): Progress;
/**
 * The final status of a run from its counts. `failed` also covers a run
 * that found nothing to capture: an empty ZIP is not a success.
 */
export declare function finalStatus(progress: Progress): Extract<JobStatus, 'completed' | 'partial' | 'failed'>;
export declare function newJob(type: JobType, now?: Date): Job;
/** Whether a finished run counts as a failure under --fail-on / fail-on: the CLI's exit code and the Action's step status. */
export declare function runFails(job: Job, failOn: 'partial' | 'failed' | 'never'): boolean;
