import type { FailureCategory } from '../types.js';
export type { FailureCategory };
export interface CaptureFailure {
    /** Tries made; 0 when the URL was refused before any. */
    attempts: number;
    finalUrl?: string | null;
    httpStatus?: number | null;
    /** Whether trying again later could help. */
    transient?: boolean;
    /** What kind of failure, for the manifest and for sorting a failed run's rows; unset: from httpStatus. */
    category?: FailureCategory;
}
/** A capture that finally failed. */
export declare class CaptureError extends Error {
    name: string;
    readonly attempts: number;
    readonly finalUrl: string | null;
    readonly httpStatus: number | null;
    readonly transient: boolean;
    readonly category: FailureCategory;
    constructor(message: string, failure: CaptureFailure);
}
/** Why one attempt failed, and whether another attempt could help. */
export declare class AttemptFailure extends Error {
    readonly transient: boolean;
    readonly detail: {
        finalUrl?: string | null;
        httpStatus?: number | null;
        /** The slot's page is still in a known state (e.g. a clean 404), so it need not be rebuilt. */
        slotHealthy?: boolean;
        /** Server-requested wait (Retry-After on 429/503), ms. */
        retryAfterMs?: number | null;
        /** Unset: derived from httpStatus, else 'other'. */
        category?: FailureCategory;
    };
    name: string;
    constructor(message: string, transient: boolean, detail?: {
        finalUrl?: string | null;
        httpStatus?: number | null;
        /** The slot's page is still in a known state (e.g. a clean 404), so it need not be rebuilt. */
        slotHealthy?: boolean;
        /** Server-requested wait (Retry-After on 429/503), ms. */
        retryAfterMs?: number | null;
        /** Unset: derived from httpStatus, else 'other'. */
        category?: FailureCategory;
    });
    get category(): FailureCategory;
}
export declare function categoryFor(explicit: FailureCategory | null, httpStatus: number | null): FailureCategory;
/** A timeout of one step of the attempt (navigation, wait-for, screenshot …). */
export declare function timeoutFailure(message: string): AttemptFailure;
/**
 * 500 is deliberately not retried: it is usually a deterministic bug in the
 * page, and retrying every broken page of a large site multiplies the run
 * time for nothing. 502/503/504 come from proxies and overloaded origins
 * (deploys in progress, cold starts), where a second try often succeeds.
 */
export declare function isTransientStatus(status: number): boolean;
export declare function httpStatusMessage(status: number, statusText: string): string;
/** First line, without Playwright's "page.goto: " prefix or its call log. */
export declare function firstLine(message: string): string;
/**
 * Turn anything a Playwright call threw into an AttemptFailure. Errors of
 * our own pass through; unknown errors count as transient (the browser
 * misbehaved) so they get another try on a fresh page.
 */
export declare function classifyError(err: unknown): AttemptFailure;
