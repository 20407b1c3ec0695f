import type { Cookie } from '../options.js';
import type { PageValidators } from '../types.js';
export declare const MAX_CHECK_BODY_BYTES: number;
export interface CheckOptions {
    /** The run's extra headers (secret-bearing: sent only to the page's own URL). */
    headers: Record<string, string>;
    cookies: Cookie[];
    userAgent: string;
    timeoutMs: number;
    fetch?: typeof fetch;
}
export type UnchangedReason = 'lastmod' | 'not-modified' | 'etag' | 'last-modified' | 'content-hash';
export type Verdict = {
    unchanged: true;
    reason: UnchangedReason;
    validators: PageValidators;
} | {
    unchanged: false;
    reason: string;
};
/**
 * @param lastmod this run's sitemap <lastmod> for the page
 * @param baseline the baseline row's validators
 */
export declare function checkUnchanged(url: string, lastmod: string | undefined, baseline: PageValidators | undefined, options: CheckOptions): Promise<Verdict>;
/** The run's cookies that the browser would send to this URL. */
export declare function cookieHeader(url: URL, cookies: readonly Cookie[]): string;
