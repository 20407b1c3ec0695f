import type { RawSettings, ResolvedSettings } from '../config/settings.js';
import type { JobType } from '../core/job.js';
import type { CaptureOptions } from '../core/options.js';
export type { AnyBody, BatchBody, CaptureBody, CookieBody, OptionsBody, SitemapBody } from '../api/contract.js';
import type { AnyBody } from '../api/contract.js';
/** A validated job request: everything a worker needs to run it, now or after a restart. */
export interface JobRequest {
    type: JobType;
    /** Settings from the body; the server adds output, browser path and concurrency when it runs. */
    settings: RawSettings;
    /** Regular expressions on the full URL (sitemap jobs), applied to discovered URLs. */
    includePattern: string | null;
    excludePattern: string | null;
    webhookUrl: string | null;
    /** `async: false` capture: the POST waits for the result. */
    sync: boolean;
}
export interface RequestLimits {
    maxUrlsPerJob: number;
}
/** Settings the server owns: a request can never choose files, executables or its share of the machine. */
export interface ServerOwned {
    output: string;
    browserPath: string | null;
    pageConcurrency: number | null;
}
export declare function parseJobRequest(type: JobType, body: AnyBody, limits: RequestLimits): JobRequest;
/**
 * maxUrlsPerJob counts captures, not URLs: each page costs loadsPerPage
 * (one per variant, a composite once per device), so 1,000 URLs × 10
 * variants is 10,000. A batch (or a limit) over the budget is a 400 naming
 * the field to change; a sitemap job without a limit gets the most pages
 * the budget allows. Returns the request to store.
 */
export declare function withinCaptureBudget(request: JobRequest, body: AnyBody, options: Pick<CaptureOptions, 'frame' | 'pages' | 'variants'>, limits: RequestLimits): JobRequest;
/** Runs the core's resolveSettings on a request; SettingErrors become 400s naming the API field. */
export declare function resolveRequest(request: JobRequest, owned: ServerOwned): ResolvedSettings;
/**
 * What is kept of a request once its job has ended: never run again, it
 * needs no URL list (which can be large) and no credentials (header and
 * cookie values, steps, which may type passwords, storage state, basic auth,
 * the login's values: secrets at rest for nothing).
 */
export declare function endedRequest(request: JobRequest): JobRequest;
/** Same request body (defaults applied) → same fingerprint, whatever the key order. */
export declare function fingerprint(type: JobType, body: unknown): string;
/** The field a request gave its webhook in, for errors that name it. */
export declare function webhookField(body: AnyBody): 'webhook_url' | 'callback_url';
